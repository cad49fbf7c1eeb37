package dev.kiln.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link OpenApiContract} against a small document: one passing and each failing case. */
class OpenApiContractTest {
  private static final String THING = "{\"id\":1,\"name\":\"abc\",\"made\":\"2024-02-29\","
      + "\"note\":null}";
  private static final String PROBLEM = "{\"status\":404,\"title\":\"Not Found\"}";

  private final OpenApiContract contract = OpenApiContract.of(document());

  @Test
  void aDeclaredAnswerPasses() {
    assertThat(check("GET", "/things/1?x=y", 200, THING, "Content-Type",
        "application/json; charset=utf-8", "X-Version", "2")).isEmpty();
  }

  @Test
  void refsRangesDefaultsAndWildcardTypesAreFollowed() {
    assertThat(check("GET", "/things/1", 404, PROBLEM, "Content-Type", "application/problem+json"))
        .isEmpty();
    assertThat(check("DELETE", "/things/1", 410, PROBLEM, "Content-Type",
        "application/problem+json")).isEmpty();
    assertThat(check("DELETE", "/things/1", 204, "")).isEmpty();
    assertThat(check("GET", "/things/special", 200, "hi", "Content-Type", "text/plain")).isEmpty();
    assertThat(check("GET", "/things/special", 500, "")).isEmpty();
  }

  @Test
  void headIsTheGetOperationWithoutABody() {
    assertThat(check("HEAD", "/things/1", 200, "", "Content-Type", "application/json",
        "X-Version", "2")).isEmpty();
  }

  @Test
  void anUndeclaredStatusFails() {
    assertThat(check("GET", "/things/1", 500, PROBLEM, "Content-Type", "application/problem+json"))
        .containsExactly(new Violation("GET /things/{id}", 500, null, "status",
            "status 500 is not declared; declared: [200, 404]"));
  }

  @Test
  void aMissingRequiredHeaderFailsAnOptionalOneMayBeAbsent() {
    assertThat(check("GET", "/things/1", 200, THING, "Content-Type", "application/json"))
        .containsExactly(new Violation("GET /things/{id}", 200, null, "header",
            "the required header X-Version is missing"));
  }

  @Test
  void anUndeclaredContentTypeFails() {
    assertThat(check("GET", "/things/1", 200, THING, "Content-Type", "text/plain",
        "X-Version", "2"))
        .containsExactly(new Violation("GET /things/{id}", 200, null, "content-type",
            "Content-Type text/plain is not declared; declared: [application/json]"));
  }

  @Test
  void aBodyWhereNoContentIsDeclaredFails() {
    assertThat(check("DELETE", "/things/1", 204, "{}", "Content-Type", "application/json"))
        .extracting(Violation::rule).containsExactly("content-type");
  }

  @Test
  void aBodyThatBreaksTheSchemaFailsWithPointerAndKeyword() {
    List<Violation> violations = check("GET", "/things/1", 200,
        "{\"id\":\"1\",\"name\":\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00x\",\"made\":\"2024-02-30\"}",
        "Content-Type", "application/json", "X-Version", "2");
    assertThat(violations).extracting(Violation::pointer, Violation::rule)
        .containsExactlyInAnyOrder(tuple("/id", "type"), tuple("/name", "maxLength"),
            tuple("/made", "format"), tuple("", "required"));
    assertThat(violations).allSatisfy(v -> assertThat(v.operation()).isEqualTo("GET /things/{id}"));
  }

  @Test
  void maxLengthCountsCodePoints() {
    assertThat(check("GET", "/things/1", 200,
        "{\"id\":1,\"name\":\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\",\"note\":\"n\"}",
        "Content-Type", "application/json", "X-Version", "2")).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonFails() {
    assertThat(check("GET", "/things/1", 200, "{oops", "Content-Type", "application/json",
        "X-Version", "2")).extracting(Violation::pointer, Violation::rule)
        .containsExactly(tuple("", "body"));
  }

  @Test
  void anUnknownPathMustBeA404Problem() {
    assertThat(check("GET", "/nothing", 404, PROBLEM, "Content-Type", "application/problem+json"))
        .isEmpty();
    assertThat(check("GET", "/nothing", 200, "{}", "Content-Type", "application/json"))
        .containsExactly(new Violation("GET /nothing", 200, null, "status",
            "no path of the document matches, so the answer must be 404"));
    assertThat(check("GET", "/nothing", 404, "{\"status\":404}", "Content-Type",
        "application/problem+json")).extracting(Violation::rule).containsExactly("required");
  }

  @Test
  void anUndeclaredMethodMustBeA405ProblemWithAllow() {
    assertThat(check("PUT", "/things/1", 405, "{\"status\":405,\"title\":\"Method Not Allowed\"}",
        "Content-Type", "application/problem+json", "Allow", "GET, DELETE")).isEmpty();
    assertThat(check("PUT", "/things/1", 405, "{\"status\":405,\"title\":\"Method Not Allowed\"}",
        "Content-Type", "application/problem+json"))
        .containsExactly(new Violation("PUT /things/{id}", 405, null, "header",
            "a 405 needs Allow"));
    assertThat(check("OPTIONS", "/things/1", 204, "", "Allow", "GET, DELETE")).isEmpty();
  }

  @Test
  void verifyThrowsWithEveryViolationInTheMessage() {
    KilnResponse response = response("GET", "/things/1", 201, "", "Content-Type", "text/plain");
    assertThatThrownBy(() -> contract.verify(response))
        .isInstanceOf(ContractViolation.class)
        .hasMessageContaining("GET /things/{id} answered 201: rule status: status 201 is not "
            + "declared; declared: [200, 404]")
        .satisfies(e -> assertThat(((ContractViolation) e).violations()).hasSize(1));
  }

  @Test
  void aMissingDocumentIsNamed() {
    ClassLoader empty = new ClassLoader(null) {};
    assertThatThrownBy(() -> OpenApiContract.fromClassPath(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No META-INF/kiln/openapi.json on the class path");
  }

  private List<Violation> check(String method, String path, int status, String body,
      String... headers) {
    return contract.check(response(method, path, status, body, headers));
  }

  private static KilnResponse response(String method, String path, int status, String body,
      String... headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], List.of(headers[i + 1]));
    }
    return new KilnResponse(method, path, status, HttpHeaders.of(map, (name, value) -> true),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static String document() {
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/contract/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
