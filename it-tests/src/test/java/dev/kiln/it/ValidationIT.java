package dev.kiln.it;

import dev.kiln.it.support.Providers;
import dev.kiln.it.support.Providers.EachProvider;
import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.apps.validation.ValidationController;
import dev.kiln.it.apps.validation.ValidationController_Routes;
import dev.kiln.it.support.Http;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * jakarta.validation constraints compiled by Kiln, over real HTTP: every constraint at and one
 * past its bound, nested records and list elements with their exact pointers, several
 * violations with read errors in one answer, and constrained path, query, header and cookie
 * parameters. Every answer is compared whole: status, {@code Content-Type} and JSON.
 */
@EachProvider
class ValidationIT {
  @Parameter
  String provider;

  private static KilnServer server;
  private static Http http;

  @BeforeParameterizedClassInvocation
  static void start(String provider) throws IOException {
    server = KilnServer.builder().provider(Providers.named(provider)).port(0)
        .shutdownTimeout(Duration.ofSeconds(1))
        .routes(new ValidationController_Routes(new ValidationController())).start();
    http = Http.of(server);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    if (server != null) {
      server.stop(Duration.ofSeconds(1));
    }
  }

  // ---- every constraint

  /** A valid {@code Everything}, each value exactly at its bound where it has one. */
  private static Map<String, String> atBounds() {
    LocalDate today = LocalDate.now();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("notNull", "''");
    values.put("mustBeNull", "null");
    values.put("notBlank", "'x'");
    values.put("notEmpty", "['']");
    values.put("size", "'ab'");
    values.put("min", "10");
    values.put("max", "20");
    values.put("decimalMin", "1.5");
    values.put("decimalMax", "9.98");
    values.put("positive", "1");
    values.put("positiveOrZero", "0");
    values.put("negative", "-1");
    values.put("negativeOrZero", "0");
    values.put("digits", "999.99");
    values.put("pattern", "'AbC'");
    values.put("email", "'ada@example.org'");
    values.put("past", "'" + today.minusDays(1) + "'");
    values.put("pastOrPresent", "'" + today + "'");
    values.put("future", "'" + today.plusDays(1) + "'");
    values.put("futureOrPresent", "'" + today + "'");
    values.put("assertTrue", "true");
    values.put("assertFalse", "false");
    return values;
  }

  private static String json(Map<String, String> values) {
    return values.entrySet().stream().map(e -> "'" + e.getKey() + "':" + e.getValue())
        .collect(Collectors.joining(",", "{", "}")).replace('\'', '"');
  }

  @Test
  void everyConstraintPassesAtItsBound() {
    Http.Response response = http.postJson("/v/everything", json(atBounds()));

    assertThat(response.status()).as(response.body()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void everyConstraintFailsOnePastItsBound() {
    LocalDate today = LocalDate.now();
    Map<String, String> values = atBounds();
    values.put("notNull", "null");
    values.put("mustBeNull", "''");
    values.put("notBlank", "' '");
    values.put("notEmpty", "[]");
    values.put("size", "'abcde'");
    values.put("min", "9");
    values.put("max", "21");
    values.put("decimalMin", "1.49");
    values.put("decimalMax", "9.99");
    values.put("positive", "0");
    values.put("positiveOrZero", "-1");
    values.put("negative", "0");
    values.put("negativeOrZero", "1");
    values.put("digits", "1000");
    values.put("pattern", "'ab1'");
    values.put("email", "'ada@'");
    values.put("past", "'" + today + "'");
    values.put("pastOrPresent", "'" + today.plusDays(1) + "'");
    values.put("future", "'" + today + "'");
    values.put("futureOrPresent", "'" + today.minusDays(1) + "'");
    values.put("assertTrue", "false");
    values.put("assertFalse", "true");

    http.postJson("/v/everything", json(values)).assertProblem(422, invalid(422, "/v/everything",
        body("/notNull", "not_null", "must not be null"),
        body("/mustBeNull", "null", "must be null"),
        body("/notBlank", "not_blank", "must not be blank"),
        body("/notEmpty", "not_empty", "must not be empty"),
        body("/size", "size", "size must be between 2 and 4"),
        body("/min", "min", "must be greater than or equal to 10"),
        body("/max", "max", "must be less than or equal to 20"),
        body("/decimalMin", "decimal_min", "must be greater than or equal to 1.5"),
        body("/decimalMax", "decimal_max", "must be less than 9.99"),
        body("/positive", "positive", "must be greater than 0"),
        body("/positiveOrZero", "positive_or_zero", "must be greater than or equal to 0"),
        body("/negative", "negative", "must be less than 0"),
        body("/negativeOrZero", "negative_or_zero", "must be less than or equal to 0"),
        body("/digits", "digits", "must have at most 3 integer digits and 2 fraction digits"),
        body("/pattern", "pattern", "must match \\\"[a-z]+\\\""),
        body("/email", "email", "must be a well-formed email address"),
        body("/past", "past", "must be in the past"),
        body("/pastOrPresent", "past_or_present", "must be in the past or the present"),
        body("/future", "future", "must be in the future"),
        body("/futureOrPresent", "future_or_present", "must be in the present or the future"),
        body("/assertTrue", "assert_true", "must be true"),
        body("/assertFalse", "assert_false", "must be false")));
  }

  @Test
  void absentValuesAreCheckedAsTheirDefaults() {
    Map<String, String> values = atBounds();
    values.remove("notNull");
    values.remove("mustBeNull");
    values.remove("notEmpty");

    http.postJson("/v/everything", json(values)).assertProblem(422, invalid(422, "/v/everything",
        body("/notNull", "not_null", "must not be null"),
        body("/notEmpty", "not_empty", "must not be empty")));
  }

  // ---- nested records, list elements, several errors at once

  @Test
  void validPersonIsEchoed() {
    String person = "{'name':'Ada','age':150,'home':{'street':'Main','zip':'12345'},"
        + "'previous':[{'street':'Old','zip':'54321'}],'tags':['a','bcdef','']}";
    http.postJson("/v/people", person.replace("''", "'x'").replace('\'', '"'))
        .assertOk(200, person.replace("''", "'x'"));
  }

  @Test
  void nestedAndElementViolationsHaveExactPointers() {
    String person = "{'name':'Ada','age':30,'home':{'street':' ','zip':'1234'},"
        + "'previous':[{'street':'Old','zip':'54321'},{'street':'','zip':'x'}],"
        + "'tags':['ok','',' ','toolong']}";
    http.postJson("/v/people", person.replace('\'', '"')).assertProblem(422,
        invalid(422, "/v/people",
            body("/home/street", "not_blank", "must not be blank"),
            body("/home/zip", "pattern", "must match \\\"[0-9]{5}\\\""),
            body("/previous/1/street", "not_blank", "must not be blank"),
            body("/previous/1/zip", "pattern", "must match \\\"[0-9]{5}\\\""),
            body("/tags/1", "not_blank", "must not be blank"),
            body("/tags/2", "not_blank", "must not be blank"),
            body("/tags/3", "size", "size must be at most 5"),
            body("/tags", "size", "size must be at most 3")));
  }

  @Test
  void violationsTypeErrorsAndMissingFieldsAreReportedTogether() {
    String person = "{'name':'Ada Lovelace-King','age':'old','home':{'zip':'1'},"
        + "'tags':['a',7,'']}";
    http.postJson("/v/people", person.replace('\'', '"')).assertProblem(422,
        invalid(422, "/v/people",
            body("/name", "size", "at most 10 characters"),
            body("/age", "type", "must be an integer"),
            body("/home/zip", "pattern", "must match \\\"[0-9]{5}\\\""),
            body("/home/street", "missing", "is required"),
            body("/tags/1", "type", "must be a string"),
            body("/tags/2", "not_blank", "must not be blank")));
  }

  @Test
  void aReadErrorHidesTheConstraintsOfItsValue() {
    String person = "{'name':null,'age':1e400,'home':{'street':'x','zip':12345}}";
    http.postJson("/v/people", person.replace('\'', '"')).assertProblem(422,
        invalid(422, "/v/people",
            body("/name", "not_null", "must not be null"),
            body("/age", "type", "must be an integer"),
            body("/home/zip", "type", "must be a string")));
  }

  @Test
  void malformedJsonWinsOverViolations() {
    Http.Response response = http.postJson("/v/people", "{\"name\":\"\",");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().get("errors").get(0).get("code").asString())
        .isEqualTo("malformed_json");
  }

  @Test
  void crossFieldRule() {
    http.postJson("/v/stays", "{\"start\":\"2025-01-02\",\"end\":\"2025-01-02\"}")
        .assertOk(200, "{'start':'2025-01-02','end':'2025-01-02'}");
    http.postJson("/v/stays", "{\"start\":\"2025-01-02\",\"end\":\"2025-01-01\"}")
        .assertProblem(422, invalid(422, "/v/stays",
            body("", "assert_true", "end must not be before start")));
  }

  @Test
  void crossFieldRuleWaitsForValidComponents() {
    http.postJson("/v/stays", "{\"start\":\"2025-01-02\",\"end\":\"soon\"}")
        .assertProblem(422, invalid(422, "/v/stays",
            body("/end", "invalid_format", "must be an ISO-8601 date (2024-01-31)")));
  }

  // ---- parameters

  @Test
  void parametersAtTheirBoundsPass() {
    Http.Response response = http.get("/v/items/1?page=1&size=100&tag=abc&tag=de",
        "X-Request-Id", "0123abcd", "Cookie", "session=abcd");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("1 1 100 [abc, de] 0123abcd abcd");
    assertThat(http.get("/v/items/9223372036854775807").body())
        .isEqualTo("9223372036854775807 1 20 [] - -");
  }

  @Test
  void parameterViolationsNameTheParameter() {
    http.get("/v/items/0?page=0&size=101&tag=abc&tag=abcd", "X-Request-Id", "0123ABCD",
            "Cookie", "session=abc")
        .assertProblem(422, invalid(422, "/v/items/0",
            param("path", "id", "positive", "must be greater than 0"),
            param("query", "page", "min", "must be greater than or equal to 1"),
            param("query", "size", "max", "must be less than or equal to 100"),
            param("query", "tag", "size", "size must be at most 3"),
            param("header", "X-Request-Id", "pattern", "must match \\\"[0-9a-f]{8}\\\""),
            param("cookie", "session", "size", "size must be at least 4")));
  }

  @Test
  void negativePathVariableAndQueryBelowMinimum() {
    http.get("/v/items/-5?size=0").assertProblem(422, invalid(422, "/v/items/-5",
        param("path", "id", "positive", "must be greater than 0"),
        param("query", "size", "min", "must be greater than or equal to 1")));
  }

  @Test
  void anUnparsableParameterGetsNoConstraintError() {
    http.get("/v/items/1?page=x&size=0").assertProblem(400, invalid(400, "/v/items/1",
        param("query", "page", "invalid_format", "must be an integer"),
        param("query", "size", "min", "must be greater than or equal to 1")));
  }
}
