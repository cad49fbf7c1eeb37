package dev.kiln.it;

import dev.kiln.it.support.Providers;
import dev.kiln.it.support.Providers.EachProvider;
import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.apps.NumbersController;
import dev.kiln.it.apps.NumbersController_Routes;
import dev.kiln.it.support.Http;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import tools.jackson.core.StreamReadConstraints;

/**
 * JSON limits (jackson-core {@code StreamReadConstraints}, configurable with {@code
 * KilnServer.Builder.jsonLimits}) answer 400 {@code malformed_json}, the body size limit 413;
 * numbers that overflow their type are 422 naming the field; NaN and Infinity are not JSON.
 */
@EachProvider
class JsonLimitsIT {
  @Parameter
  String provider;

  private static KilnServer tight;
  private static KilnServer defaults;

  @BeforeParameterizedClassInvocation
  static void start(String provider) throws IOException {
    tight = KilnServer.builder().provider(Providers.named(provider)).port(0)
        .maxBodySize(4_000)
        .jsonLimits(StreamReadConstraints.builder()
            .maxNestingDepth(3)
            .maxNumberLength(20)
            .maxStringLength(100)
            .maxNameLength(50)
            .maxDocumentLength(2_000)
            .build())
        .routes(new NumbersController_Routes(new NumbersController()))
        .start();
    defaults = KilnServer.builder().provider(Providers.named(provider)).port(0)
        .routes(new NumbersController_Routes(new NumbersController()))
        .start();
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    tight.stop(Duration.ZERO);
    defaults.stop(Duration.ZERO);
  }

  private static Http.Response post(KilnServer server, String json) {
    return Http.of(server).postJson("/numbers", json);
  }

  private static void assertLimit(Http.Response response, String limitMessage) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().get("errors").get(0).get("code").asString())
        .isEqualTo("malformed_json");
    assertThat(response.json().get("detail").asString())
        .startsWith("The JSON document exceeds a limit: ").contains(limitMessage);
  }

  @Test
  void withinTheLimitsIsEchoed() {
    post(tight, "{'i':1,'l':2,'d':0.5,'nested':[['a']]}".replace('\'', '"'))
        .assertOk(200, "{'i':1,'l':2,'d':0.5,'nested':[['a']]}");
  }

  @Test
  void nestingDeeperThanTheLimitIs400() {
    assertLimit(post(tight, "{\"nested\":[[[\"a\"]]]}"), "Document nesting depth (4) exceeds");
    assertLimit(post(defaults, "{\"nested\":" + "[".repeat(300) + "]".repeat(300) + "}"),
        "Document nesting depth (201) exceeds the maximum allowed (200");
  }

  @Test
  void numberLongerThanTheLimitIs400() {
    assertLimit(post(tight, "{\"l\":" + "1".repeat(21) + "}"), "Number value length (21)");
    assertLimit(post(tight, "{\"d\":0." + "1".repeat(25) + "}"), "Number value length");
    assertLimit(post(defaults, "{\"d\":" + "1".repeat(1_001) + "}"),
        "Number value length (1001) exceeds the maximum allowed (1000");
  }

  @Test
  void stringLongerThanTheLimitIs400() {
    assertLimit(post(tight, "{\"nested\":[[\"" + "s".repeat(101) + "\"]]}"),
        "String value length (101) exceeds the maximum allowed (100");
    assertLimit(post(tight, "{\"" + "n".repeat(51) + "\":1}"), "Name length (51)");
  }

  @Test
  void documentLongerThanTheLimitIs400AndBodyOverTheMaximumIs413() {
    StringBuilder doc = new StringBuilder("{\"i\":1");
    while (doc.length() < 2_500) {
      doc.append(",\"x\":\"").append("p".repeat(90)).append('"');
    }
    doc.append('}');
    assertLimit(post(tight, doc.toString()), "Document length");
    Http.Response tooLarge = post(tight, "[" + " ".repeat(5_000) + "]");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().get("errors").get(0).get("code").asString())
        .isEqualTo("content_too_large");
  }

  @Test
  void numbersOverflowingTheirTypeAre422NamingTheField() {
    post(defaults, "{\"i\":2147483648,\"l\":9223372036854775808,\"d\":1e400,\"nested\":[]}")
        .assertProblem(422, invalid(422, "/numbers",
            body("/i", "out_of_range", "must be between -2147483648 and 2147483647"),
            body("/l", "out_of_range",
                "must be between -9223372036854775808 and 9223372036854775807"),
            body("/d", "out_of_range", "must be a finite double-precision number")));
    post(defaults, "{\"i\":-2147483649,\"l\":-9223372036854775809,\"d\":-1e309}")
        .assertProblem(422, invalid(422, "/numbers",
            body("/i", "out_of_range", "must be between -2147483648 and 2147483647"),
            body("/l", "out_of_range",
                "must be between -9223372036854775808 and 9223372036854775807"),
            body("/d", "out_of_range", "must be a finite double-precision number")));
  }

  @Test
  void nanAndInfinityAreNotJson() {
    for (String literal : new String[] {"NaN", "Infinity", "-Infinity", "+Infinity"}) {
      Http.Response response = post(defaults, "{\"i\":1,\"l\":1,\"d\":" + literal + "}");
      assertThat(response.status()).as(literal).isEqualTo(400);
      assertThat(response.json().get("errors").get(0).get("code").asString())
          .isEqualTo("malformed_json");
    }
    Http.Response quoted = post(defaults, "{\"i\":1,\"l\":1,\"d\":\"NaN\"}");
    quoted.assertProblem(422, invalid(422, "/numbers", body("/d", "type", "must be a number")));
  }

  @Test
  void duplicateKeysAre422() {
    post(defaults, "{\"i\":1,\"l\":1,\"d\":1,\"i\":2}").assertProblem(422,
        invalid(422, "/numbers", body("/i", "duplicate_field",
            "must not appear twice in the object")));
  }
}
