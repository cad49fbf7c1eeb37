package dev.kiln.it;

import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProviderAndInProcess;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** Every {@code /todos} route on its success path, and its 404s; a fresh store per test. */
@EachProviderAndInProcess
class TodosIT {
  @Parameter
  String provider;

  private static final String WRITE_TESTS =
      "{\"title\":\"Write tests\",\"priority\":\"HIGH\",\"points\":3,\"tags\":[\"it\"]}";
  private static final String WRITE_TESTS_1 =
      "{'id':1,'title':'Write tests','priority':'HIGH','points':3,'tags':['it'],'done':false}";

  /** A fresh app for each test: its in-memory stores start empty. */
  @RegisterExtension
  final KilnTest app = Apps.exampleAppEachWay();

  private Http http;

  @BeforeEach
  void connect() {
    http = Http.of(app);
  }

  @Test
  void emptyListIsAnEmptyArray() {
    http.get("/todos").assertOk(200, "[]");
  }

  @Test
  void createAnswers201WithTheStoredTodo() {
    http.postJson("/todos", WRITE_TESTS).assertOk(201, WRITE_TESTS_1);
    http.postJson("/todos", "{\"title\":\"Ship\",\"priority\":\"LOW\",\"points\":-1}")
        .assertOk(201, "{'id':2,'title':'Ship','priority':'LOW','points':-1,'tags':[],"
            + "'done':false}");
  }

  @Test
  void getAnswersTheTodo() {
    http.postJson("/todos", WRITE_TESTS);
    http.get("/todos/1").assertOk(200, WRITE_TESTS_1);
  }

  @Test
  void getOfAnAbsentTodoIs404FromTheHandler() {
    http.get("/todos/7").assertProblem(404,
        problem("not-found", "Not Found", 404, "No to-do 7.", "/todos/7"));
  }

  @Test
  void putReplacesTheFieldsAndKeepsIdAndDone() {
    http.postJson("/todos", WRITE_TESTS);
    http.post("/todos/1/done");
    http.putJson("/todos/1", "{\"title\":\"Write more tests\",\"priority\":\"NORMAL\","
        + "\"points\":5,\"tags\":[\"it\",\"more\"]}")
        .assertOk(200, "{'id':1,'title':'Write more tests','priority':'NORMAL','points':5,"
            + "'tags':['it','more'],'done':true}");
    http.get("/todos/1").assertOk(200, "{'id':1,'title':'Write more tests',"
        + "'priority':'NORMAL','points':5,'tags':['it','more'],'done':true}");
  }

  @Test
  void putOfAnAbsentTodoIs404() {
    http.putJson("/todos/3", WRITE_TESTS).assertProblem(404,
        problem("not-found", "Not Found", 404, "No to-do 3.", "/todos/3"));
  }

  @Test
  void deleteAnswers204WithNoBody() {
    http.postJson("/todos", WRITE_TESTS);
    Http.Response response = http.delete("/todos/1");
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.contentType()).isNull();
    assertThat(response.header("Content-Length")).isNull();
    assertThat(response.body()).isEmpty();
    http.get("/todos/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No to-do 1.", "/todos/1"));
    http.delete("/todos/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No to-do 1.", "/todos/1"));
  }

  @Test
  void markDoneAnswers200WithNoBody() {
    http.postJson("/todos", WRITE_TESTS);
    Http.Response response = http.post("/todos/1/done");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isNull();
    assertThat(response.header("Content-Length")).isEqualTo("0");
    assertThat(response.body()).isEmpty();
    http.get("/todos/1").assertOk(200, WRITE_TESTS_1.replace("false", "true"));
  }

  @Test
  void markDoneOfAnAbsentTodoIs404() {
    http.post("/todos/9/done").assertProblem(404,
        problem("not-found", "Not Found", 404, "No to-do 9.", "/todos/9/done"));
  }

  @Test
  void listFiltersByDoneAndLimits() {
    for (String title : new String[] {"a", "b", "c", "d"}) {
      http.postJson("/todos", "{\"title\":\"" + title + "\",\"priority\":\"LOW\",\"points\":1}");
    }
    http.post("/todos/2/done");
    http.post("/todos/4/done");
    http.get("/todos").assertOk(200, "[" + todo(1, "a", false) + "," + todo(2, "b", true) + ","
        + todo(3, "c", false) + "," + todo(4, "d", true) + "]");
    http.get("/todos?done=true").assertOk(200,
        "[" + todo(2, "b", true) + "," + todo(4, "d", true) + "]");
    http.get("/todos?done=FALSE").assertOk(200,
        "[" + todo(1, "a", false) + "," + todo(3, "c", false) + "]");
    http.get("/todos?limit=3").assertOk(200, "[" + todo(1, "a", false) + ","
        + todo(2, "b", true) + "," + todo(3, "c", false) + "]");
    http.get("/todos?done=false&limit=1").assertOk(200, "[" + todo(1, "a", false) + "]");
    http.get("/todos?limit=0").assertOk(200, "[]");
  }

  private static String todo(int id, String title, boolean done) {
    return "{'id':" + id + ",'title':'" + title + "','priority':'LOW','points':1,'tags':[],"
        + "'done':" + done + "}";
  }
}
