package dev.kiln.it;

import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProviderAndInProcess;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.Providers;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.Parameter;

/** What the dispatcher answers itself: 404, 405 with {@code Allow}, {@code OPTIONS}, {@code HEAD}. */
@EachProviderAndInProcess
class RoutingIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleAppEachWay();

  @ParameterizedTest
  @ValueSource(strings = {"/nope", "/hello/x", "/hellox", "/hello/", "/items/",
      "/items/1/x", "/todos/1/undone", "/index.html"})
  void unknownPathIs404(String path) {
    Http.of(APP).get(path).assertProblem(404, problem("not-found", "Not Found", 404,
        "No route matches " + path + ".", path));
  }

  @Test
  void knownPathWithoutGetIs405NotA404() {
    assertThat(Http.of(APP).get("/items").status()).isEqualTo(405);
  }

  @Test
  void unknownPathIs404ForEveryMethod() {
    Http.of(APP).postJson("/nope", "{}").assertProblem(404, problem("not-found", "Not Found", 404,
        "No route matches /nope.", "/nope"));
  }

  @Test
  void wrongMethodIs405WithAllow() {
    Http.Response response = Http.of(APP).delete("/hello").assertProblem(405,
        problem("method-not-allowed", "Method Not Allowed", 405,
            "The route /hello allows GET, HEAD, OPTIONS, not DELETE.", "/hello"));
    assertThat(response.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
  }

  @Test
  void wrongMethodOnTodoIs405WithAllAllowedMethods() {
    Http.Response response = Http.of(APP).send("PATCH", "/todos/1", "application/json", "{}")
        .assertProblem(405, problem("method-not-allowed", "Method Not Allowed", 405,
            "The route /todos/1 allows GET, HEAD, PUT, DELETE, OPTIONS, not PATCH.", "/todos/1"));
    assertThat(response.header("Allow")).isEqualTo("GET, HEAD, PUT, DELETE, OPTIONS");
  }

  @Test
  void postOnlyRouteAllowsNoHead() {
    Http.Response response = Http.of(APP).get("/todos/1/done");
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("POST, OPTIONS");
    assertThat(Http.of(APP).head("/todos/1/done").status()).isEqualTo(405);
  }

  @Test
  void optionsAnswers204WithAllow() {
    assertOptions("/hello", "GET, HEAD, OPTIONS");
    assertOptions("/todos", "GET, HEAD, POST, OPTIONS");
    assertOptions("/todos/5", "GET, HEAD, PUT, DELETE, OPTIONS");
    assertOptions("/items", "POST, OPTIONS");
  }

  @Test
  void optionsOfUnknownPathIs404() {
    Http.of(APP).options("/nope").assertProblem(404, problem("not-found", "Not Found", 404,
        "No route matches /nope.", "/nope"));
  }

  @Test
  void headHasTheHeadersOfGetAndNoBody() {
    assertHeadLikeGet("/hello");
    assertHeadLikeGet("/items/42?q=foo");
    assertHeadLikeGet("/todos");
  }

  @Test
  void headOfAProblemHasNoBody() {
    assertHeadLikeGet("/todos/77");
    assertHeadLikeGet("/nope");
    assertHeadLikeGet("/items/abc");
  }

  @Test
  void headSendsNoBodyBytesOnTheWire() {
    Assumptions.assumeFalse(provider.equals(Providers.IN_PROCESS), "bytes on a socket");
    String get = Http.of(APP).raw("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String head = Http.of(APP).raw("HEAD /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(get).startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\nHello, World!");
    assertThat(head).startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\n");
    assertThat(headerLines(head)).containsExactlyInAnyOrderElementsOf(headerLines(get));
  }

  private static void assertOptions(String path, String allow) {
    Http.Response response = Http.of(APP).options(path);
    assertThat(response.status()).as("OPTIONS %s", path).isEqualTo(204);
    assertThat(response.header("Allow")).as("Allow of %s", path).isEqualTo(allow);
    assertThat(response.body()).isEmpty();
  }

  private static void assertHeadLikeGet(String path) {
    Http.Response get = Http.of(APP).get(path);
    Http.Response head = Http.of(APP).head(path);
    assertThat(head.status()).as("HEAD %s", path).isEqualTo(get.status());
    assertThat(head.contentType()).as("Content-Type of HEAD %s", path)
        .isNotNull().isEqualTo(get.contentType());
    assertThat(head.header("Content-Length")).as("Content-Length of HEAD %s", path)
        .isEqualTo(Integer.toString(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)
            .length)).isEqualTo(get.header("Content-Length"));
    assertThat(head.body()).isEmpty();
  }

  private static java.util.List<String> headerLines(String answer) {
    String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
    return java.util.Arrays.stream(head.split("\r\n"))
        .filter(line -> !line.regionMatches(true, 0, "Date:", 0, 5))
        .collect(java.util.stream.Collectors.toList());
  }
}
