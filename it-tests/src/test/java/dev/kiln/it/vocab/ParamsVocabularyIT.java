package dev.kiln.it.vocab;

import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every scalar type from the query, the path, headers and cookies; repeated, optional and
 * defaulted parameters; a {@code @BeanParam}; and their 400/422 problems with {@code in} and
 * {@code name}.
 */
class ParamsVocabularyIT {
  @RegisterExtension
  static final KilnTest SERVER = Apps.vocabulary();

  static final String UUID = "123e4567-e89b-12d3-a456-426614174000";
  static final String ALL_QUERY = "s=a%20b&i=-1&l=9000000000&d=2.5&b=TRUE&boxedInt=3"
      + "&boxedLong=4&boxedDouble=-0.5&boxedBoolean=false&level=high&uuid=" + UUID
      + "&decimal=12.50&big=123456789012345678901234567890&date=2024-01-31"
      + "&dateTime=2024-01-31T13:45:00&instant=2024-01-31T13:45:00Z"
      + "&offset=2024-01-31T13:45:00%2B01:00&duration=PT15M";
  static final String ALL_JSON = "{'s':'a b','i':-1,'l':9000000000,'d':2.5,'b':true,"
      + "'boxedInt':3,'boxedLong':4,'boxedDouble':-0.5,'boxedBoolean':false,'level':'high',"
      + "'uuid':'" + UUID + "','decimal':12.50,'big':123456789012345678901234567890,"
      + "'date':'2024-01-31','dateTime':'2024-01-31T13:45:00','instant':'2024-01-31T13:45:00Z',"
      + "'offset':'2024-01-31T13:45:00+01:00','duration':'PT15M'}";

  private final Http http = Http.of(SERVER);

  @Test
  void everyScalarTypeFromTheQuery() {
    Http.Response response = http.get("/params/query?" + ALL_QUERY).assertOk(200, ALL_JSON);
    // big numbers keep their digits; date-times keep their seconds (RFC 3339)
    assertThat(response.body()).contains("\"decimal\":12.50")
        .contains("\"big\":123456789012345678901234567890")
        .contains("\"dateTime\":\"2024-01-31T13:45:00\"")
        .contains("\"offset\":\"2024-01-31T13:45:00+01:00\"");
  }

  @Test
  void everyScalarTypeInAJsonBodyRoundTrips() {
    http.postJson("/params/json", ALL_JSON.replace('\'', '"')).assertOk(200, ALL_JSON);
  }

  @Test
  void enumsUseTheirWireNames() {
    http.get("/params/query?" + ALL_QUERY.replace("level=high", "level=MEDIUM"))
        .assertOk(200, ALL_JSON.replace("'high'", "'MEDIUM'"));
    http.get("/params/query?" + ALL_QUERY.replace("level=high", "level=HIGH"))
        .assertProblem(422, invalid(422, "/params/query",
            param("query", "level", "enum", "must be one of: low, MEDIUM, high")));
  }

  @Test
  void badScalarsInTheQueryAre400WithTheirNames() {
    String query = ALL_QUERY.replace(UUID, "123").replace("date=2024-01-31", "date=31.01.2024")
        .replace("duration=PT15M", "duration=15m").replace("instant=2024-01-31T13:45:00Z",
            "instant=2024-01-31T13:45:00");
    http.get("/params/query?" + query).assertProblem(400, invalid(400, "/params/query",
        param("query", "uuid", "invalid_format", "must be a UUID (8-4-4-4-12 hexadecimal digits)"),
        param("query", "date", "invalid_format", "must be an ISO-8601 date (2024-01-31)"),
        param("query", "instant", "invalid_format",
            "must be an ISO-8601 UTC instant (2024-01-31T13:45:00Z)"),
        param("query", "duration", "invalid_format", "must be an ISO-8601 duration (PT15M)")));
  }

  @Test
  void missingRequiredQueryParametersAre422() {
    http.get("/params/query?" + ALL_QUERY.replace("&boxedInt=3", "").replace("s=a%20b&", ""))
        .assertProblem(422, invalid(422, "/params/query",
            param("query", "s", "missing", "is required"),
            param("query", "boxedInt", "missing", "is required")));
  }

  @Test
  void pathVariablesOfSeveralTypes() {
    http.get("/params/path/" + UUID + "/2024-02-29/low/-12345678901234567890/false")
        .assertOk(200, "{'uuid':'" + UUID + "','date':'2024-02-29','level':'LOW',"
            + "'big':'-12345678901234567890','flag':'false'}");
    http.get("/params/path/not-a-uuid/2024-02-30/LOW/1.5/yes").assertProblem(400,
        invalid(400, "/params/path/not-a-uuid/2024-02-30/LOW/1.5/yes",
            param("path", "uuid", "invalid_format",
                "must be a UUID (8-4-4-4-12 hexadecimal digits)"),
            param("path", "date", "invalid_format", "must be an ISO-8601 date (2024-01-31)"),
            param("path", "level", "enum", "must be one of: low, MEDIUM, high"),
            param("path", "big", "invalid_format", "must be an integer"),
            param("path", "flag", "invalid_format", "must be true or false")));
  }

  @Test
  void headersWithDerivedGivenOptionalRepeatedAndDefaultNames() {
    http.request("GET", "/params/headers", null, "Request-Id", UUID, "X-Day", "2024-01-31")
        .assertOk(200, "{'requestId':'" + UUID + "','day':'2024-01-31',"
            + "'level':'Optional.empty','tags':'[]','count':'1','when':'Optional.empty'}");
    http.request("GET", "/params/headers", null, "request-id", UUID, "x-day", "2024-01-31",
            "X-Level", "high", "X-Tag", "a, b", "X-Tag", "c", "X-Count", "5",
            "X-When", "2024-01-31T13:45:00Z")
        .assertOk(200, "{'requestId':'" + UUID + "','day':'2024-01-31',"
            + "'level':'Optional[HIGH]','tags':'[a, b, c]','count':'5',"
            + "'when':'Optional[2024-01-31T13:45:00Z]'}");
  }

  @Test
  void badAndMissingHeadersAreProblemsInHeader() {
    http.request("GET", "/params/headers", null, "Request-Id", "x", "X-Day", "yesterday",
            "X-When", "now", "X-Count", "many")
        .assertProblem(400, invalid(400, "/params/headers",
            param("header", "Request-Id", "invalid_format",
                "must be a UUID (8-4-4-4-12 hexadecimal digits)"),
            param("header", "X-Day", "invalid_format", "must be an ISO-8601 date (2024-01-31)"),
            param("header", "X-Count", "invalid_format", "must be an integer"),
            param("header", "X-When", "invalid_format",
                "must be an ISO-8601 UTC instant (2024-01-31T13:45:00Z)")));
    http.request("GET", "/params/headers", null, "X-Level", "top")
        .assertProblem(422, invalid(422, "/params/headers",
            param("header", "Request-Id", "missing", "is required"),
            param("header", "X-Day", "missing", "is required"),
            param("header", "X-Level", "enum", "must be one of: low, MEDIUM, high")));
  }

  @Test
  void cookies() {
    http.request("GET", "/params/cookies", null, "Cookie", "session=" + UUID)
        .assertOk(200, "{'session':'" + UUID + "','day':'Optional.empty','visits':'3',"
            + "'level':'Optional.empty'}");
    http.request("GET", "/params/cookies", null,
            "Cookie", "theme=dark; session=\"" + UUID + "\"; day=2024-01-31; visits=9; level=low")
        .assertOk(200, "{'session':'" + UUID + "','day':'Optional[2024-01-31]','visits':'9',"
            + "'level':'Optional[LOW]'}");
  }

  @Test
  void badAndMissingCookiesAreProblemsInCookie() {
    http.request("GET", "/params/cookies", null, "Cookie", "session=abc; day=2024-13-01; visits=x")
        .assertProblem(400, invalid(400, "/params/cookies",
            param("cookie", "session", "invalid_format",
                "must be a UUID (8-4-4-4-12 hexadecimal digits)"),
            param("cookie", "day", "invalid_format", "must be an ISO-8601 date (2024-01-31)"),
            param("cookie", "visits", "invalid_format", "must be an integer")));
    http.get("/params/cookies").assertProblem(422, invalid(422, "/params/cookies",
        param("cookie", "session", "missing", "is required")));
  }

  @Test
  void repeatedQueryParametersAsListsAndSets() {
    http.get("/params/repeated").assertOk(200, "{'n':[],'level':[],'id':[],'d':[]}");
    http.get("/params/repeated?n=3&level=high&n=1&level=low&level=high&id=" + UUID
            + "&d=2024-01-31&d=2024-02-01&n=3")
        .assertOk(200, "{'n':[3,1,3],'level':['high','low'],'id':['" + UUID + "'],"
            + "'d':['2024-01-31','2024-02-01']}");
  }

  @Test
  void badRepeatedValuesAreReportedPerParameter() {
    http.get("/params/repeated?n=1&n=x&level=HIGH&d=2024-02-31")
        .assertProblem(400, invalid(400, "/params/repeated",
            param("query", "n", "invalid_format", "must be an integer"),
            param("query", "level", "enum", "must be one of: low, MEDIUM, high"),
            param("query", "d", "invalid_format", "must be an ISO-8601 date (2024-01-31)")));
  }

  @Test
  void defaultsApplyOnlyWhenAbsent() {
    http.get("/params/defaults").assertOk(200, "{'i':'7','level':'HIGH','date':'2024-01-31',"
        + "'duration':'PT15M','s':'x','opt':'Optional.empty'}");
    http.get("/params/defaults?i=-2&level=low&date=2020-01-01&duration=PT1H&s=&opt=4")
        .assertOk(200, "{'i':'-2','level':'LOW','date':'2020-01-01','duration':'PT1H',"
            + "'s':'','opt':'Optional[4]'}");
    http.get("/params/defaults?opt=four").assertProblem(400, invalid(400, "/params/defaults",
        param("query", "opt", "invalid_format", "must be an integer")));
  }

  @Test
  void beanParameterGathersPathQueryHeaderCookieAndRepeatedMembers() {
    http.get("/params/bean/north").assertOk(200,
        "{'shop':'north','limit':10,'tenant':null,'session':null,'tag':[]}");
    http.request("GET", "/params/bean/south?limit=2&tag=a&tag=b", null, "X-Tenant", "acme",
            "Cookie", "session=" + UUID)
        .assertOk(200, "{'shop':'south','limit':2,'tenant':'acme','session':'" + UUID + "',"
            + "'tag':['a','b']}");
    http.request("GET", "/params/bean/x?limit=many", null, "Cookie", "session=1")
        .assertProblem(400, invalid(400, "/params/bean/x",
            param("query", "limit", "invalid_format", "must be an integer"),
            param("cookie", "session", "invalid_format",
                "must be a UUID (8-4-4-4-12 hexadecimal digits)")));
  }
}
