package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.generated.JsonReader;
import dev.kiln.runtime.generated.Params;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runtime alone, with hand-written route handlers, over real HTTP. */
class KilnServerEndToEndTest {
  /** Keeps the expected 500 stack trace out of the build log; held so it is not collected. */
  private static final Logger KILN_LOG = Logger.getLogger("dev.kiln");

  private static final String PROBLEM_JSON = "application/problem+json";

  private static KilnServer server;
  private static HttpClient client;
  private static Level savedLevel;

  /** Reads {"n": int} with a required n. */
  private static final JsonReader<Integer> N_READER = in -> {
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

  @BeforeAll
  static void start() throws IOException {
    savedLevel = KILN_LOG.getLevel();
    KILN_LOG.setLevel(Level.OFF);
    server = KilnServer.builder()
        .port(0)
        .route(Route.of("GET", "/x/{id}", ex -> ex.respondText(200, "id=" + ex.pathParam(0))))
        .route(Route.of("POST", "/x/{id}", ex -> {
          int n = ex.readJson(N_READER);
          ex.respondJson(201, n, (g, value) -> {
            g.writeStartObject();
            g.writeStringProperty("id", ex.pathParam(0));
            g.writeNumberProperty("n", value);
            g.writeEndObject();
          });
        }))
        .route(Route.of("GET", "/items/{n}", ex -> {
          int n = Params.toInt(ex.errors(), ParamIn.PATH, "n", ex.pathParam(0));
          int limit = Params.toInt(ex.errors(), ParamIn.QUERY, "limit", ex.queryParam("limit"));
          ex.throwIfInvalid();
          ex.respondText(200, n + "/" + limit);
        }))
        .route(Route.of("GET", "/boom", ex -> {
          throw new IllegalStateException("secret internal detail");
        }))
        .route(Route.of("GET", "/teapot", ex -> {
          throw new ProblemException(Problem.of(409, "Item 7 is locked."));
        }))
        .route(Route.of("DELETE", "/empty", ex -> ex.respondEmpty(204)))
        .start();
    client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(Duration.ZERO);
    }
    KILN_LOG.setLevel(savedLevel);
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  private static HttpResponse<String> send(String method, String pathAndQuery)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery))
        .method(method, BodyPublishers.noBody()).build());
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
        .POST(BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.build());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    assertThat(response.body()).contains("\"status\":" + status + ",");
  }

  @Test
  void getWithAPathVariable() throws Exception {
    HttpResponse<String> response = send("GET", "/x/caf%C3%A9%2F1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/plain; charset=utf-8");
    assertThat(response.body()).isEqualTo("id=café/1");
  }

  @Test
  void unknownPathIs404Problem() throws Exception {
    HttpResponse<String> response = send("GET", "/nope");
    assertProblem(response, 404);
    assertThat(response.body()).isEqualTo("{\"type\":\"https://kiln.dev/problems/not-found\","
        + "\"title\":\"Not Found\",\"status\":404,\"detail\":\"No route matches /nope.\","
        + "\"instance\":\"/nope\"}");
  }

  @Test
  void noPrefixMatching() throws Exception {
    assertProblem(send("GET", "/x"), 404);
    assertProblem(send("GET", "/x/1/2"), 404);
    assertProblem(send("GET", "/x/"), 404);
    assertProblem(send("GET", "/x//"), 404);
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> response = send("DELETE", "/x/1");
    assertProblem(response, 405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
    assertThat(response.body()).contains(
        "\"type\":\"https://kiln.dev/problems/method-not-allowed\"",
        "\"detail\":\"The route /x/1 allows GET, HEAD, POST, OPTIONS, not DELETE.\"");
    HttpResponse<String> post = send("POST", "/empty");
    assertProblem(post, 405);
    assertThat(post.headers().firstValue("Allow")).hasValue("DELETE, OPTIONS");
  }

  @Test
  void optionsIs204WithAllow() throws Exception {
    HttpResponse<String> response = send("OPTIONS", "/x/1");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
    assertThat(response.body()).isEmpty();
    assertThat(send("OPTIONS", "/teapot").headers().firstValue("Allow"))
        .hasValue("GET, HEAD, OPTIONS");
    assertProblem(send("OPTIONS", "/nope"), 404);
  }

  @Test
  void headHasTheHeadersOfGetAndNoBody() throws Exception {
    HttpResponse<String> get = send("GET", "/x/7");
    RawHttp head = RawHttp.send(server.port(), "HEAD", "/x/7");
    assertThat(head.status).isEqualTo(200);
    assertThat(head.headers.get("content-type"))
        .isEqualTo(get.headers().firstValue("Content-Type").orElseThrow());
    assertThat(head.headers.get("content-length"))
        .isEqualTo(get.headers().firstValue("Content-Length").orElseThrow())
        .isEqualTo("4");
    assertThat(head.headers).doesNotContainKey("transfer-encoding");
    assertThat(head.rest).isEmpty();
  }

  @Test
  void headOfAProblemHasNoBody() throws Exception {
    HttpResponse<String> get = send("GET", "/nope");
    RawHttp head = RawHttp.send(server.port(), "HEAD", "/nope");
    assertThat(head.status).isEqualTo(404);
    assertThat(head.headers.get("content-type")).isEqualTo(PROBLEM_JSON);
    assertThat(head.headers.get("content-length"))
        .isEqualTo(get.headers().firstValue("Content-Length").orElseThrow());
    assertThat(head.rest).isEmpty();
  }

  @Test
  void headOfAPostOnlyRouteIs405() throws Exception {
    RawHttp head = RawHttp.send(server.port(), "HEAD", "/empty");
    assertThat(head.status).isEqualTo(405);
    assertThat(head.headers.get("allow")).isEqualTo("DELETE, OPTIONS");
    assertThat(head.rest).isEmpty();
  }

  @Test
  void respondEmptyHasNoBody() throws Exception {
    HttpResponse<String> response = send("DELETE", "/empty");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void handlerFailureIs500WithoutInternals() throws Exception {
    HttpResponse<String> response = send("GET", "/boom");
    assertProblem(response, 500);
    assertThat(response.body())
        .contains("\"type\":\"https://kiln.dev/problems/internal-error\"",
            "\"title\":\"Internal Server Error\"",
            "\"detail\":\"The server failed to answer this request. Request id: ",
            "\"instance\":\"/boom\"")
        .doesNotContain("secret", "IllegalStateException", "Exception", "at dev.kiln",
            "KilnServerEndToEndTest", ".java");
    assertThat(response.body()).matches(".*Request id: [0-9a-f-]{36}\\.\".*");
  }

  @Test
  void problemExceptionAnswersItsStatus() throws Exception {
    HttpResponse<String> response = send("GET", "/teapot");
    assertProblem(response, 409);
    assertThat(response.body()).isEqualTo("{\"type\":\"https://kiln.dev/problems/http-409\","
        + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"Item 7 is locked.\","
        + "\"instance\":\"/teapot\"}");
  }

  @Test
  void malformedPathEscapeIs400() throws Exception {
    for (String path : new String[] {"/x/%C3%28", "/x/%C0%AF", "/x/%FF", "/nope/%80"}) {
      HttpResponse<String> response = send("GET", path);
      assertProblem(response, 400);
      assertThat(response.body()).contains("\"detail\":\"The request path " + path
          + " is not a correctly percent-encoded UTF-8 absolute path.\"");
    }
  }

  @Test
  void parameterErrorsAreCollected() throws Exception {
    HttpResponse<String> response = send("GET", "/items/abc?limit=%FF");
    assertProblem(response, 400);
    assertThat(response.body()).isEqualTo("{"
        + "\"type\":\"https://kiln.dev/problems/invalid-request\",\"title\":\"Bad Request\","
        + "\"status\":400,\"detail\":\"The request has 2 errors.\",\"instance\":\"/items/abc\","
        + "\"errors\":["
        + "{\"in\":\"path\",\"name\":\"n\",\"message\":\"must be an integer\","
        + "\"code\":\"invalid_format\"},"
        + "{\"in\":\"query\",\"name\":\"limit\","
        + "\"message\":\"must be correctly percent-encoded UTF-8\",\"code\":\"invalid_format\"}"
        + "]}");
    HttpResponse<String> missing = send("GET", "/items/99999999999");
    assertProblem(missing, 422);
    assertThat(missing.body()).contains(
        "{\"in\":\"path\",\"name\":\"n\",\"message\":\"must be between -2147483648 and "
            + "2147483647\",\"code\":\"out_of_range\"}",
        "{\"in\":\"query\",\"name\":\"limit\",\"message\":\"is required\",\"code\":\"missing\"}");
    assertThat(send("GET", "/items/3?limit=10").body()).isEqualTo("3/10");
  }

  @Test
  void postReadsJson() throws Exception {
    HttpResponse<String> response = post("/x/a", "application/json", "{\"n\":5}");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"id\":\"a\",\"n\":5}");
  }

  @Test
  void jsonReadWithTextPlainIs415() throws Exception {
    HttpResponse<String> response = post("/x/a", "text/plain", "{\"n\":5}");
    assertProblem(response, 415);
    assertThat(response.body()).contains(
        "\"type\":\"https://kiln.dev/problems/unsupported-media-type\"",
        "\"detail\":\"The request body is text/plain; this operation reads application/json.\"");
  }

  @Test
  void emptyJsonBodyIs400MalformedJson() throws Exception {
    HttpResponse<String> response = post("/x/a", "application/json", "");
    assertProblem(response, 400);
    assertThat(response.body()).isEqualTo("{"
        + "\"type\":\"https://kiln.dev/problems/invalid-request\",\"title\":\"Bad Request\","
        + "\"status\":400,"
        + "\"detail\":\"The request body is empty; a JSON document is required.\","
        + "\"instance\":\"/x/a\",\"errors\":[{\"in\":\"body\",\"pointer\":\"\","
        + "\"message\":\"The request body is empty; a JSON document is required.\","
        + "\"code\":\"malformed_json\"}]}");
  }

  @Test
  void jsonValueErrorsAre422() throws Exception {
    HttpResponse<String> response = post("/x/a", "application/json", "{\"n\":1e3}");
    assertProblem(response, 422);
    assertThat(response.body()).contains("\"errors\":[{\"in\":\"body\",\"pointer\":\"/n\","
        + "\"message\":\"must be an integer\",\"code\":\"type\"}]");
  }

  @Test
  void connectionIsReusedAfterProblems() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertProblem(send("GET", "/nope"), 404);
      assertProblem(post("/x/a", "text/plain", "{\"n\":5}"), 415);
      assertThat(send("GET", "/x/" + i).body()).isEqualTo("id=" + i);
    }
  }
}
