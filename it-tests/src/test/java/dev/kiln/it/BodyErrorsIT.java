package dev.kiln.it;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
import static dev.kiln.it.support.Problems.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies that are not JSON (415), not well-formed (400 {@code malformed_json}) or
 * well-formed but wrong (422), each answer compared whole.
 */
@EachProvider
class BodyErrorsIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  private static final String REQUIRED = "must not be null";

  @Test
  void truncatedJsonIs400Malformed() {
    assertMalformed(Http.of(APP).postJson("/todos", "{\"title\":\"x\""), "/todos",
        "Unexpected end-of-input: expected close marker for Object", "(line 1, column 13)");
  }

  @Test
  void syntaxErrorIs400Malformed() {
    assertMalformed(Http.of(APP).postJson("/todos", "{\"title\" \"x\"}"), "/todos",
        "Unexpected character ('\"' (code 34)): was expecting a colon to separate property name"
            + " and value", "(line 1, column 10)");
  }

  @Test
  void invalidLiteralIs400Malformed() {
    assertMalformed(Http.of(APP).postJson("/todos", "{\"title\":tru}"), "/todos",
        "Unrecognized token 'tru'", "(line 1, column 10)");
  }

  @Test
  void emptyBodyIs400Malformed() {
    Http.of(APP).postJson("/todos", "").assertProblem(400, malformed("/todos",
        "The request body is empty; a JSON document is required."));
  }

  @Test
  void contentAfterTheDocumentIs400Malformed() {
    Http.of(APP).postJson("/todos", "{\"title\":\"a\",\"priority\":\"LOW\",\"points\":1} {}")
        .assertProblem(400, malformed("/todos",
            "The request body has content after the JSON document."));
  }

  @Test
  void missingFieldIs422() {
    Http.of(APP).postJson("/todos", "{\"title\":\"a\",\"priority\":\"LOW\"}").assertProblem(422,
        invalid(422, "/todos", body("/points", "missing", "is required")));
  }

  @Test
  void everyMissingFieldIsReported() {
    Http.of(APP).postJson("/todos", "{}").assertProblem(422, invalid(422, "/todos",
        body("/title", "missing", "is required"),
        body("/priority", "missing", "is required"),
        body("/points", "missing", "is required")));
  }

  @Test
  void wrongTypeIs422() {
    Http.of(APP).postJson("/todos", "{\"title\":\"a\",\"priority\":\"LOW\",\"points\":\"3\"}")
        .assertProblem(422, invalid(422, "/todos",
            body("/points", "type", "must be an integer")));
  }

  @Test
  void bodyThatIsNotAnObjectIs422() {
    Http.of(APP).postJson("/todos", "[1]").assertProblem(422, invalid(422, "/todos",
        body("", "type", "must be an object")));
  }

  @Test
  void nullBodyIs422NotNull() {
    Http.of(APP).postJson("/todos", "null").assertProblem(422, invalid(422, "/todos",
        body("", "not_null", REQUIRED)));
  }

  @Test
  void nullFieldIs422NotNull() {
    Http.of(APP).postJson("/todos", "{\"title\":null,\"priority\":\"LOW\",\"points\":1}")
        .assertProblem(422, invalid(422, "/todos", body("/title", "not_null", REQUIRED)));
  }

  @Test
  void intOutOfRangeIs422() {
    Http.of(APP).postJson("/todos",
        "{\"title\":\"a\",\"priority\":\"LOW\",\"points\":2147483648}").assertProblem(422,
        invalid(422, "/todos",
            body("/points", "out_of_range", "must be between -2147483648 and 2147483647")));
  }

  @Test
  void fractionForIntIs422Type() {
    Http.of(APP).postJson("/todos", "{\"title\":\"a\",\"priority\":\"LOW\",\"points\":1.5}")
        .assertProblem(422, invalid(422, "/todos",
            body("/points", "type", "must be an integer")));
  }

  @Test
  void unknownEnumConstantIs422() {
    Http.of(APP).postJson("/todos", "{\"title\":\"a\",\"priority\":\"URGENT\",\"points\":1}")
        .assertProblem(422, invalid(422, "/todos",
            body("/priority", "enum", "must be one of: LOW, NORMAL, HIGH")));
  }

  @Test
  void enumIsCaseSensitive() {
    Http.of(APP).postJson("/todos", "{\"title\":\"a\",\"priority\":\"low\",\"points\":1}")
        .assertProblem(422, invalid(422, "/todos",
            body("/priority", "enum", "must be one of: LOW, NORMAL, HIGH")));
  }

  @Test
  void duplicateKeyIs422() {
    Http.of(APP).postJson("/todos",
        "{\"title\":\"a\",\"title\":\"b\",\"priority\":\"LOW\",\"points\":1}").assertProblem(422,
        invalid(422, "/todos",
            body("/title", "duplicate_field", "must not appear twice in the object")));
  }

  @Test
  void unknownPropertiesAreSkipped() {
    Http.of(APP).postJson("/todos", "{\"title\":\"a\",\"x\":{\"y\":[1,{}]},\"priority\":\"LOW\","
        + "\"points\":1}").assertOk(201,
        "{'id':1,'title':'a','priority':'LOW','points':1,'tags':[],'done':false}");
  }

  @Test
  void severalErrorsAreAnsweredTogetherWithExactPointers() {
    Http.of(APP).postJson("/todos",
        "{\"title\":5,\"priority\":\"URGENT\",\"tags\":[\"ok\",7,null,[\"x\"]],"
            + "\"tags\":\"again\"}")
        .assertProblem(422, invalid(422, "/todos",
            body("/title", "type", "must be a string"),
            body("/priority", "enum", "must be one of: LOW, NORMAL, HIGH"),
            body("/tags/1", "type", "must be a string"),
            body("/tags/2", "not_null", REQUIRED),
            body("/tags/3", "type", "must be a string"),
            body("/tags", "duplicate_field", "must not appear twice in the object"),
            body("/tags", "type", "must be an array"),
            body("/points", "missing", "is required")));
  }

  @Test
  void pathAndBodyErrorsAreAnsweredTogether() {
    Http.of(APP).putJson("/todos/abc", "{\"title\":\"a\",\"priority\":\"LOW\"}")
        .assertProblem(400, invalid(400, "/todos/abc",
            param("path", "id", "invalid_format", "must be an integer"),
            body("/points", "missing", "is required")));
  }

  @Test
  void nonJsonContentTypeIs415() {
    Http.of(APP).send("POST", "/todos", "text/plain", "{}").assertProblem(415,
        problem("unsupported-media-type", "Unsupported Media Type", 415,
            "The request body is text/plain; this operation reads application/json.",
            "/todos"));
  }

  @Test
  void missingContentTypeIs415() {
    Http.of(APP).send("POST", "/todos", null, "{}").assertProblem(415,
        problem("unsupported-media-type", "Unsupported Media Type", 415,
            "The request body needs Content-Type: application/json.", "/todos"));
  }

  @Test
  void jsonContentTypeWithParametersAndSuffixIsAccepted() {
    Http.of(APP).send("POST", "/items", "Application/JSON; charset=UTF-8",
        "{\"name\":\"a\",\"price\":1}").assertOk(201, "{'name':'a','price':1.0,'tags':[]}");
    Http.of(APP).send("POST", "/items", "application/vnd.kiln+json",
        "{\"name\":\"a\",\"price\":1}").assertOk(201, "{'name':'a','price':1.0,'tags':[]}");
  }

  /**
   * Asserts a 400 malformed-JSON problem whose detail (and only error message) is {@code "The
   * request body is not well-formed JSON: " + jacksonMessage + ... + location}: Jackson's own
   * wording between the two is not part of Kiln's contract.
   */
  private static void assertMalformed(Http.Response response, String instance,
      String jacksonMessage, String location) {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    ObjectNode problem = (ObjectNode) response.json();
    String detail = problem.get("detail").asString();
    assertThat(detail).startsWith("The request body is not well-formed JSON: " + jacksonMessage)
        .endsWith(" " + location);
    ObjectNode expected = (ObjectNode) Http.jsonQ(malformed(instance, "DETAIL"));
    expected.put("detail", detail);
    ((ObjectNode) expected.get("errors").get(0)).put("message", detail);
    assertThat(problem).isEqualTo(expected);
  }

  private static String malformed(String instance, String detail) {
    String quoted = detail.replace("'", "\\u0027");
    return "{'type':'https://kiln.dev/problems/invalid-request','title':'Bad Request',"
        + "'status':400,'detail':'" + quoted + "','instance':'" + instance + "','errors':["
        + "{'in':'body','pointer':'','message':'" + quoted + "','code':'malformed_json'}]}";
  }
}
