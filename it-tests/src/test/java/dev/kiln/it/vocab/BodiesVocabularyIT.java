package dev.kiln.it.vocab;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every request body kind: recursive and generic records, all-args classes, maps, arrays,
 * lists, sets, optionals, HTML forms, raw bytes and streams; and 415 for a wrong media type.
 */
class BodiesVocabularyIT {
  @RegisterExtension
  static final KilnTest SERVER = Apps.vocabulary();

  private final Http http = Http.of(SERVER);

  @Test
  void recursiveCategoryRoundTrips() {
    String tree = "{'name':'root','children':[{'name':'a','children':[{'name':'a1',"
        + "'children':[]}]},{'name':'b','children':[]}]}";
    http.postJson("/bodies/category", tree.replace('\'', '"')).assertOk(200, tree);
    // children is a List: absent means empty
    http.postJson("/bodies/category", "{\"name\":\"leaf\"}")
        .assertOk(200, "{'name':'leaf','children':[]}");
    http.postJson("/bodies/category", "{\"name\":\"r\",\"children\":[{\"children\":[{\"name\":1}]}]}")
        .assertProblem(422, invalid(422, "/bodies/category",
            body("/children/0/children/0/name", "type", "must be a string"),
            body("/children/0/name", "missing", "is required")));
  }

  @Test
  void genericPageOfItems() {
    http.postJson("/bodies/page", "{\"items\":[{\"sku\":\"a\",\"qty\":2}],\"total\":99}")
        .assertOk(200, "{'items':[{'sku':'a','qty':2}],'total':1}");
    http.postJson("/bodies/page", "{\"items\":[{\"sku\":\"a\",\"quantity\":2}],\"total\":1}")
        .assertProblem(422, invalid(422, "/bodies/page",
            body("/items/0/qty", "missing", "is required")));
  }

  @Test
  void mapOfStringToInteger() {
    http.postJson("/bodies/map", "{\"b\":2,\"a\":1}").assertOk(200, "{'a':1,'b':2}");
    // a map value is required like a component: null is an error
    http.postJson("/bodies/map", "{\"c\":null}").assertProblem(422,
        invalid(422, "/bodies/map", body("/c", "not_null", "must not be null")));
    http.postJson("/bodies/map", "{}").assertOk(200, "{}");
    http.postJson("/bodies/map", "{\"a\":\"x\",\"b\":1.5}").assertProblem(422,
        invalid(422, "/bodies/map", body("/a", "type", "must be an integer"),
            body("/b", "type", "must be an integer")));
    http.postJson("/bodies/map", "[1]").assertProblem(422,
        invalid(422, "/bodies/map", body("", "type", "must be an object")));
  }

  @Test
  void mapOfRecords() {
    http.postJson("/bodies/item-map", "{\"z\":{\"sku\":\"z\",\"qty\":1},\"a\":{\"sku\":\"a\",\"qty\":0}}")
        .assertOk(200, "{'a':{'sku':'a','qty':0},'z':{'sku':'z','qty':1}}");
  }

  @Test
  void arrays() {
    http.postJson("/bodies/ints", "[1,2,3]").assertOk(200, "[3,2,1]");
    http.postJson("/bodies/ints", "[]").assertOk(200, "[]");
    http.postJson("/bodies/ints", "[1,null,\"x\"]").assertProblem(422,
        invalid(422, "/bodies/ints", body("/1", "not_null", "must not be null"),
            body("/2", "type", "must be an integer")));
    http.postJson("/bodies/items-array", "[{\"sku\":\"a\",\"qty\":1},{\"sku\":\"b\",\"qty\":2}]")
        .assertOk(200, "[{'sku':'a','qty':1},{'sku':'b','qty':2}]");
  }

  @Test
  void listsAndSets() {
    http.postJson("/bodies/list", "[{\"sku\":\"a\",\"qty\":1}]")
        .assertOk(200, "[{'sku':'a','qty':1}]");
    http.postJson("/bodies/set", "[{\"sku\":\"b\",\"qty\":1},{\"sku\":\"a\",\"qty\":1},"
        + "{\"sku\":\"b\",\"qty\":1}]").assertOk(200, "[{'sku':'b','qty':1},{'sku':'a','qty':1}]");
    // a List or Set of scalars is a repeated query parameter, not a body: a JSON array of
    // scalars is read into an array (see arrays())
    http.post("/bodies/strings?tag=b&tag=a&tag=b").assertOk(200, "['b','a']");
  }

  @Test
  void optionalBody() {
    assertText(http.postJson("/bodies/optional", "{\"sku\":\"s\",\"qty\":1}"), 200, "s");
    assertText(http.postJson("/bodies/optional", "null"), 200, "empty");
  }

  @Test
  void allArgsClass() {
    Http.Response response = http.postJson("/bodies/money",
        "{\"currency\":\"EUR\",\"amount\":12.50}");
    response.assertOk(200, "{'amount':12.50,'currency':'EUR'}");
    assertThat(response.body()).isEqualTo("{\"amount\":12.50,\"currency\":\"EUR\"}");
    http.postJson("/bodies/money", "{\"amount\":\"12\"}").assertProblem(422,
        invalid(422, "/bodies/money", body("/amount", "type", "must be a number"),
            body("/currency", "missing", "is required")));
  }

  @Test
  void htmlForm() {
    http.send("POST", "/bodies/form", "application/x-www-form-urlencoded",
            "name=Ada+L%C3%B6we&age=36&level=high&hobby=chess&hobby=math&born=1815-12-10")
        .assertOk(200, "{'name':'Ada Löwe','age':36,'level':'high','hobby':['chess','math'],"
            + "'born':'1815-12-10'}");
    http.send("POST", "/bodies/form", "application/x-www-form-urlencoded; charset=UTF-8",
            "age=1&name=x&level=MEDIUM")
        .assertOk(200, "{'name':'x','age':1,'level':'MEDIUM','hobby':[],'born':null}");
  }

  @Test
  void badFormFieldsAreProblemsInBodyWithTheirNames() {
    http.send("POST", "/bodies/form", "application/x-www-form-urlencoded",
            "age=old&level=top&born=yesterday")
        .assertProblem(400, invalid(400, "/bodies/form",
            body("/name", "missing", "is required"),
            body("/age", "invalid_format", "must be an integer"),
            body("/level", "enum", "must be one of: low, MEDIUM, high"),
            body("/born", "invalid_format", "must be an ISO-8601 date (2024-01-31)")));
  }

  @Test
  void jsonOnAFormRouteIs415() {
    http.postJson("/bodies/form", "{\"name\":\"x\"}").assertProblem(415,
        problem("unsupported-media-type", "Unsupported Media Type", 415,
            "The request body is application/json; this operation reads "
                + "application/x-www-form-urlencoded.", "/bodies/form"));
  }

  @Test
  void formOnAJsonRouteIs415() {
    http.send("POST", "/bodies/list", "application/x-www-form-urlencoded", "sku=a")
        .assertProblem(415, problem("unsupported-media-type", "Unsupported Media Type", 415,
            "The request body is application/x-www-form-urlencoded; this operation reads "
                + "application/json.", "/bodies/list"));
  }

  @Test
  void rawBytes() {
    byte[] bytes = {0, 1, 2, (byte) 255};
    assertText(http.request("PUT", "/bodies/raw", bytes, "Content-Type", "application/octet-stream"),
        200, "4 bytes, sum 258");
    assertText(http.request("PUT", "/bodies/raw", new byte[0],
        "Content-Type", "Application/Octet-Stream"), 200, "0 bytes, sum 0");
    http.request("PUT", "/bodies/raw", bytes, "Content-Type", "text/plain").assertProblem(415,
        problem("unsupported-media-type", "Unsupported Media Type", 415,
            "The request body is text/plain; this operation reads application/octet-stream.",
            "/bodies/raw"));
  }

  @Test
  void rawStreamOfAnyMediaType() {
    byte[] big = new byte[300_000];
    assertText(http.request("POST", "/bodies/stream", big, "Content-Type", "image/png"), 200,
        "300000 bytes");
    assertText(http.request("POST", "/bodies/stream", "héllo".getBytes(StandardCharsets.UTF_8)),
        200, "6 bytes");
  }

  static void assertText(Http.Response response, int status, String text) {
    assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
    assertThat(response.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(response.body()).isEqualTo(text);
  }
}
