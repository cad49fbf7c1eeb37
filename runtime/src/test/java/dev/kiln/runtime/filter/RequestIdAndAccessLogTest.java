package dev.kiln.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.Route;
import java.lang.System.Logger;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17: X-Request-Id taken or made, echoed, in problems; one access log line a request. */
class RequestIdAndAccessLogTest {
  private static final List<String> LINES = new CopyOnWriteArrayList<>();
  private static FilterServer server;

  /** A System.Logger keeping its INFO lines. */
  private static final Logger CAPTURING = new Logger() {
    @Override
    public String getName() {
      return "test.access";
    }

    @Override
    public boolean isLoggable(Level level) {
      return level == Level.INFO;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      LINES.add(message);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      LINES.add(format);
    }

    @Override
    public void log(Level level, Supplier<String> message) {
      LINES.add(message.get());
    }
  };

  @BeforeAll
  static void start() throws Exception {
    server = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello, "
            + RequestId.of(ex.http()))))
        .route(Route.of("GET", "/locked", ex -> {
          throw new ProblemException(Problem.of(409, "Locked."));
        }))
        .filter(RequestId.filter())
        .filter(AccessLog.filter(CAPTURING)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void clear() {
    LINES.clear();
  }

  private static String line() throws InterruptedException {
    assertThat(awaitLines(1)).hasSize(1);
    return LINES.get(0);
  }

  @Test
  void aValidRequestIdIsTakenEchoedAndSeenByTheHandler() throws Exception {
    HttpResponse<String> answer = server.send(server.request("/hello?x=1")
        .header("X-Request-Id", "abc-123"));
    assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("abc-123");
    assertThat(answer.body()).isEqualTo("hello, abc-123");
    assertThat(line()).matches("GET /hello 200 14 B \\d+\\.\\d ms id=abc-123");
  }

  @Test
  void concurrentRequestsKeepTheirOwnIds() throws Exception {
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers =
        new java.util.ArrayList<>();
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < 40; i++) {
      answers.add(client.sendAsync(server.request("/hello").header("X-Request-Id", "c" + i)
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> answer = answers.get(i).get();
      assertThat(answer.body()).isEqualTo("hello, c" + i);
      assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("c" + i);
    }
    assertThat(awaitLines(answers.size())).hasSize(answers.size());
  }

  /** The lines once {@code count} are in (so that none arrives after the next test cleared). */
  private static List<String> awaitLines(int count) throws InterruptedException {
    for (int i = 0; i < 500 && LINES.size() < count; i++) {
      Thread.sleep(2);
    }
    return LINES;
  }

  @Test
  void anInvalidOrMissingRequestIdIsReplacedByAUuid() throws Exception {
    String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    for (String sent : new String[] {"with space", "x".repeat(201), null}) {
      java.net.http.HttpRequest.Builder request = server.request("/hello");
      if (sent != null) {
        request.header("X-Request-Id", sent);
      }
      HttpResponse<String> answer = server.send(request);
      assertThat(answer.headers().firstValue("X-Request-Id")).hasValueSatisfying(
          id -> assertThat(id).matches(uuid));
    }
    assertThat(awaitLines(3)).hasSize(3);
  }

  @Test
  void problemBodiesAndTheLogLineCarryTheId() throws Exception {
    HttpResponse<String> answer = server.send(server.request("/locked")
        .header("X-Request-Id", "req-9"));
    assertThat(answer.statusCode()).isEqualTo(409);
    assertThat(answer.body()).isEqualTo("{\"type\":\"https://kiln.dev/problems/http-409\",\"title\":\"Conflict\","
        + "\"status\":409,\"detail\":\"Locked.\",\"instance\":\"/locked\",\"requestId\":\"req-9\"}");
    assertThat(line()).matches("GET /locked 409 " + answer.body().length()
        + " B \\d+\\.\\d ms id=req-9");

    LINES.clear();
    HttpResponse<String> missing = server.send(server.request("/none").header("X-Request-Id",
        "req-10"));
    assertThat(missing.body()).contains("\"requestId\":\"req-10\"");
    assertThat(line()).startsWith("GET /none 404 ");
  }

  @Test
  void withoutRequestIdTheLogSaysDash() throws Exception {
    try (FilterServer plain = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/h", ex -> ex.respond(200, "text/plain", new byte[10])))
        .filter(AccessLog.filter(CAPTURING)))) {
      dev.kiln.runtime.support.RawHttp.send(plain.server.port(), "HEAD", "/h");
      assertThat(line()).matches("HEAD /h 200 0 B \\d+\\.\\d ms id=-");
    }
  }
}
