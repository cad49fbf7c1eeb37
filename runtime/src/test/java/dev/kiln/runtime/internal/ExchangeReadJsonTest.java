package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonReader;
import dev.kiln.runtime.generated.Params;
import dev.kiln.runtime.support.FakeHttpExchange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeReadJsonTest {

  /** Reads {"n": int} with a required n. */
  private static final JsonReader<Integer> READER = in -> {
    if (!in.beginObject()) {
      return null;
    }
    Integer n = null;
    String field;
    while ((field = in.nextField()) != null) {
      if (field.equals("n")) {
        n = in.readInt();
      } else {
        in.skipValue();
      }
    }
    if (n == null) {
      in.missing("n");
    }
    return n;
  };

  private static JdkExchange exchange(String contentType, String body) {
    FakeHttpExchange http = new FakeHttpExchange("POST", "/items?limit=x").body(contentType, body);
    return InternalFixtures.jdkExchange(http, "/items");
  }

  private static ProblemException problem(JdkExchange exchange) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> exchange.readJson(READER));
    assertThat(thrown).isInstanceOf(ProblemException.class);
    return (ProblemException) thrown;
  }

  private static RequestError malformed(String detail) {
    return RequestError.body("", ErrorCodes.MALFORMED_JSON, detail, true);
  }

  @Test
  void theExchangeIsAJsonInputOnlyWhileReadJsonRuns() throws Exception {
    JdkExchange valid = exchange("application/json", "{\"n\":7}");
    assertThatThrownBy(valid::parser).isInstanceOf(IllegalStateException.class);
    assertThat(valid.readJson(READER)).isEqualTo(7);
    assertThat(valid.errorCount()).isZero();
    assertThatThrownBy(valid::parser).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(valid::readInt).as("a JsonInput method outside readJson")
        .isInstanceOf(IllegalStateException.class);

    JdkExchange invalid = exchange("application/json", "{\"n\":\"x\"}");
    assertThat(problem(invalid).problem().status()).isEqualTo(422);
    assertThat(invalid.errorCount()).isEqualTo(1);
    assertThatThrownBy(invalid::parser).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void readsAValue() throws Exception {
    assertThat(exchange("application/json", " {\"x\":[1],\"n\":7} \n").readJson(READER))
        .isEqualTo(7);
    assertThat(exchange("application/json; charset=utf-8", "{\"n\":1}").readJson(READER))
        .isEqualTo(1);
  }

  @Test
  void nonJsonContentTypeIs415() {
    ProblemException e = problem(exchange("text/plain", "{\"n\":1}"));
    assertThat(e.problem().status()).isEqualTo(415);
    assertThat(e.problem().detail())
        .isEqualTo("The request body is text/plain; this operation reads application/json.");
    assertThat(e.problem().errors()).isEmpty();
  }

  @Test
  void absentContentTypeIs415() {
    ProblemException e = problem(exchange(null, "{\"n\":1}"));
    assertThat(e.problem().status()).isEqualTo(415);
    assertThat(e.problem().detail())
        .isEqualTo("The request body needs Content-Type: application/json.");
  }

  @Test
  void emptyBodyIsMalformedJson() {
    ProblemException e = problem(exchange("application/json", ""));
    String detail = "The request body is empty; a JSON document is required.";
    assertThat(e.problem().status()).isEqualTo(400);
    assertThat(e.problem().detail()).isEqualTo(detail);
    assertThat(e.problem().errors()).containsExactly(malformed(detail));
    assertThat(problem(exchange("application/json", "  \r\n ")).problem().status())
        .isEqualTo(400);
  }

  @Test
  void contentAfterTheDocumentIsMalformedJson() {
    ProblemException e = problem(exchange("application/json", "{\"n\":1} {}"));
    String detail = "The request body has content after the JSON document.";
    assertThat(e.problem().status()).isEqualTo(400);
    assertThat(e.problem().errors()).containsExactly(malformed(detail));
  }

  @Test
  void brokenJsonIsMalformedJsonWithItsLocation() {
    ProblemException e = problem(exchange("application/json", "{\"n\":1,\n \"m\": tru}"));
    assertThat(e.problem().status()).isEqualTo(400);
    assertThat(e.problem().detail())
        .startsWith("The request body is not well-formed JSON: ")
        .endsWith("(line 2, column 7)");
    assertThat(e.problem().errors()).singleElement()
        .satisfies(error -> assertThat(error.code()).isEqualTo(ErrorCodes.MALFORMED_JSON));
    assertThat(problem(exchange("application/json", "{\"n\":1")).problem().status())
        .isEqualTo(400);
    assertThat(problem(exchange("application/json", "[1,]")).problem().status())
        .isEqualTo(400);
  }

  @Test
  void tooDeepJsonIsMalformedJson() {
    String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);
    ProblemException e = problem(exchange("application/json", deep));
    assertThat(e.problem().status()).isEqualTo(400);
    assertThat(e.problem().detail()).startsWith("The JSON document exceeds a limit: ");
  }

  @Test
  void valueErrorsAre422WithEveryError() {
    ProblemException e = problem(exchange("application/json", "{\"m\":1}"));
    assertThat(e.problem().status()).isEqualTo(422);
    assertThat(e.problem().errors()).containsExactly(
        RequestError.body("/n", ErrorCodes.MISSING, "is required", false));
  }

  @Test
  void valueErrorsComeWithTheParameterErrorsFoundBefore() {
    JdkExchange exchange = exchange("application/json", "{\"n\":\"x\"}");
    Params.toInt(exchange.errors(), ParamIn.QUERY, "limit", exchange.queryParam("limit"));
    ProblemException e = problem(exchange);
    assertThat(e.problem().status()).isEqualTo(400);
    assertThat(e.problem().errors()).containsExactly(
        RequestError.param(ParamIn.QUERY, "limit", ErrorCodes.INVALID_FORMAT,
            "must be an integer", true),
        RequestError.body("/n", ErrorCodes.TYPE, "must be an integer", false));
    assertThat(e.problem().detail()).isEqualTo("The request has 2 errors.");
  }

  @Test
  void respondTwiceIsAnError() throws Exception {
    JdkExchange exchange = exchange("application/json", "");
    exchange.respondText(200, "ok");
    assertThat(exchange.responded()).isTrue();
    assertThatThrownBy(() -> exchange.respondText(200, "again"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void problemAnswerFillsInTheInstance() throws Exception {
    FakeHttpExchange http = new FakeHttpExchange("GET", "/a%20b");
    JdkExchange exchange = InternalFixtures.jdkExchange(http, "/a%20b");
    exchange.respondProblem(Problem.of(404, "gone"), java.util.Map.of("X-A", "1"));
    assertThat(http.getResponseCode()).isEqualTo(404);
    assertThat(http.getResponseHeaders().getFirst("Content-Type"))
        .isEqualTo("application/problem+json");
    assertThat(http.getResponseHeaders().getFirst("X-A")).isEqualTo("1");
    assertThat(http.responseBodyText()).contains("\"instance\":\"/a%20b\"");
    assertThat(List.of(http.responseLength()))
        .containsExactly((long) http.responseBodyText().getBytes().length);
  }

  @Test
  void bytesThatAreNoTextInTheDetectedEncodingAre400NotA500() {
    // zero bytes make Jackson detect UTF-32; 0x5e5b5b00 is no code point (found by fuzzing)
    byte[] body = {0, 0, 0, '[', 0, '[', '[', '^', 0, 0, 0, 0};
    FakeHttpExchange http = new FakeHttpExchange("POST", "/items").body("application/json", body);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> InternalFixtures.jdkExchange(http, "/items").readJson(READER));
    assertThat(thrown).isInstanceOf(ProblemException.class);
    ProblemException problem = (ProblemException) thrown;
    assertThat(problem.problem().status()).isEqualTo(400);
    assertThat(problem.problem().errors().get(0).code()).isEqualTo(ErrorCodes.MALFORMED_JSON);
  }
}
