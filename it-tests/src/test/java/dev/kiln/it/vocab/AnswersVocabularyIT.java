package dev.kiln.it.vocab;

import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.apps.vocab.AnswersController;
import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every return kind: text with declared media types, bytes, streams, void, Optional, JSON
 * collections, maps, arrays, classes and generic records, CompletionStage (also failing and on
 * one keep-alive connection) and Response (headers, an empty body, an undeclared status).
 */
class AnswersVocabularyIT {
  @RegisterExtension
  static final KilnTest SERVER = Apps.vocabulary();
  private static final Pattern INTERNAL_ERROR_DETAIL = Pattern.compile(
      "The server failed to answer this request\\. Request id: [0-9a-f-]{36}\\.");

  private final Http http = Http.of(SERVER);

  @Test
  void stringIsTextPlainUtf8() {
    Http.Response response = http.get("/answers/text");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(response.header("Content-Length")).isEqualTo("6");
    assertThat(response.body()).isEqualTo("héllo");
  }

  @Test
  void stringWithADeclaredMediaType() {
    Http.Response csv = http.get("/answers/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualTo("text/csv");
    assertThat(csv.body()).isEqualTo("a,b\n1,2\n");
    http.get("/answers/json-string").assertOk(200, "{'raw':true}");
  }

  @Test
  void bytesAreOctetStreamWithALength() {
    Http.Response response = http.get("/answers/bytes");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/octet-stream");
    assertThat(response.header("Content-Length")).isEqualTo("4");
    assertThat(response.bytes()).containsExactly(0, 1, 2, 255);
    Http.Response png = http.get("/answers/png");
    assertThat(png.contentType()).isEqualTo("image/png");
    assertThat(png.bytes()).containsExactly(0x89, 'P', 'N', 'G');
  }

  @Test
  void streamIsChunkedOctetStream() {
    Http.Response response = http.get("/answers/stream");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/octet-stream");
    assertThat(response.header("Content-Length")).isNull();
    assertThat(response.bytes()).hasSize(AnswersController.STREAM_SIZE);
    assertThat(response.bytes()[27]).isEqualTo((byte) 'b');
    String raw = http.raw("GET /answers/stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String head = raw.substring(0, raw.indexOf("\r\n\r\n")).toLowerCase();
    assertThat(head).startsWith("http/1.1 200").contains("transfer-encoding: chunked")
        .doesNotContain("content-length");
  }

  @Test
  void voidIs204() {
    Http.Response response = http.post("/answers/void");
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.contentType()).isNull();
    assertThat(response.body()).isEmpty();
  }

  @Test
  void optionalIsTheValueOr404() {
    http.get("/answers/optional/1").assertOk(200, "{'sku':'one','qty':1}");
    http.get("/answers/optional/2").assertProblem(404, problem("not-found", "Not Found", 404,
        "No such resource.", "/answers/optional/2"));
    Http.Response text = http.get("/answers/optional-text/1");
    assertThat(text.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(text.body()).isEqualTo("one");
    http.get("/answers/optional-text/3").assertProblem(404, problem("not-found", "Not Found",
        404, "No such resource.", "/answers/optional-text/3"));
  }

  @Test
  void jsonCollectionsMapsArraysClassesAndGenericRecords() {
    http.get("/answers/list").assertOk(200, "[{'sku':'a','qty':1},{'sku':'b','qty':2}]");
    http.get("/answers/set").assertOk(200, "['low','MEDIUM']");
    http.get("/answers/map").assertOk(200, "{'even':[{'sku':'b','qty':2}],'none':[]}");
    http.get("/answers/array").assertOk(200, "[{'sku':'x','qty':9}]");
    Http.Response money = http.get("/answers/money").assertOk(200,
        "{'amount':12.50,'currency':'EUR'}");
    assertThat(money.body()).contains("12.50");
    http.get("/answers/page").assertOk(200, "{'items':[{'sku':'p','qty':3}],'total':1}");
  }

  @Test
  void completionStageIsAwaited() {
    http.get("/answers/async?ms=50").assertOk(200, "{'sku':'async','qty':50}");
    Http.Response empty = http.post("/answers/async-void");
    assertThat(empty.status()).isEqualTo(204);
    assertThat(empty.body()).isEmpty();
  }

  @Test
  void failedCompletionStageIs500WithoutItsText() {
    Http.Response response = http.get("/answers/async-fail");
    assertInternalError(response, "/answers/async-fail");
    assertThat(response.body()).doesNotContain(AnswersController.SECRET)
        .doesNotContain("IllegalState");
  }

  @Test
  void asyncAnswersAreCorrectOnOneKeepAliveConnection() {
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      requests.add("GET /answers/async?ms=" + (i % 2 == 0 ? 30 : 0) + " HTTP/1.1\r\nHost: x\r\n\r\n");
      requests.add("POST /answers/async-void HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    }
    requests.add("GET /answers/async-fail HTTP/1.1\r\nHost: x\r\n\r\n");
    requests.add("GET /answers/async?ms=1 HTTP/1.1\r\nHost: x\r\n\r\n");

    List<String> answers = http.keepAlive(requests);

    for (int i = 0; i < 6; i++) {
      String json = answers.get(2 * i);
      assertThat(json).startsWith("HTTP/1.1 200").endsWith(
          "{\"sku\":\"async\",\"qty\":" + (i % 2 == 0 ? 30 : 0) + "}");
      assertThat(answers.get(2 * i + 1)).startsWith("HTTP/1.1 204");
    }
    assertThat(answers.get(12)).startsWith("HTTP/1.1 500").contains("internal-error");
    assertThat(answers.get(13)).startsWith("HTTP/1.1 200")
        .endsWith("{\"sku\":\"async\",\"qty\":1}");
  }

  @Test
  void responseSetsStatusAndHeaders() {
    Http.Response ok = http.get("/answers/response?status=200")
        .assertOk(200, "{'sku':'r','qty':200}");
    assertThat(ok.header("X-Rate-Limit")).isEqualTo("10");
    Http.Response accepted = http.get("/answers/response?status=202")
        .assertOk(202, "{'sku':'r','qty':202}");
    assertThat(accepted.header("X-Rate-Limit")).isEqualTo("10");
  }

  @Test
  void responseWithoutABody() {
    for (int status : new int[] {204, 410}) {
      Http.Response response = http.delete("/answers/response?status=" + status);
      assertThat(response.status()).isEqualTo(status);
      assertThat(response.header("X-Done")).isEqualTo("yes");
      assertThat(response.contentType()).isNull();
      assertThat(response.body()).isEmpty();
    }
  }

  @Test
  void undeclaredResponseStatusFailsTheAssertionAs500() {
    assertThat(getClass().desiredAssertionStatus()).as("tests run with -ea").isTrue();
    Http.Response response = http.get("/answers/response?status=409");
    assertInternalError(response, "/answers/response");
    assertThat(response.header("X-Rate-Limit")).isNull();
    assertInternalError(http.delete("/answers/response?status=200"), "/answers/response");
  }

  private static void assertInternalError(Http.Response response, String path) {
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    ObjectNode problem = (ObjectNode) response.json();
    assertThat(problem.get("detail").asString()).matches(INTERNAL_ERROR_DETAIL);
    problem.remove("detail");
    assertThat(problem).isEqualTo(Http.jsonQ("{'type':'https://kiln.dev/problems/internal-error',"
        + "'title':'Internal Server Error','status':500,'instance':'" + path + "'}"));
  }
}
