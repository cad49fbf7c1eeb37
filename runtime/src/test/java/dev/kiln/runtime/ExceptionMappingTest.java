package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.generated.Route;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exceptions thrown by handlers: explicitly registered mappings, most specific superclass wins. */
class ExceptionMappingTest {
  static class AppException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AppException(String message) {
      super(message);
    }
  }

  static final class NoSuchItem extends AppException {
    private static final long serialVersionUID = 1L;

    NoSuchItem(String message) {
      super(message);
    }
  }

  static final class Locked extends AppException {
    private static final long serialVersionUID = 1L;

    Locked(String message) {
      super(message);
    }
  }

  static final class Throttled extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static final class Silent extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static final class Rethrown extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static final Logger KILN_LOG = Logger.getLogger("dev.kiln");
  private static final List<LogRecord> RECORDS = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE = new Handler() {
    @Override
    public void publish(LogRecord record) {
      RECORDS.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private static boolean savedUseParent;
  private static KilnServer server;
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws IOException {
    savedUseParent = KILN_LOG.getUseParentHandlers();
    KILN_LOG.setUseParentHandlers(false);
    KILN_LOG.addHandler(CAPTURE);
    server = KilnServer.builder().port(0)
        .exceptionHandler(AppException.class,
            (e, ex) -> Problem.of(409, "Conflict: " + e.getMessage()))
        .exceptionHandler(NoSuchItem.class, (e, ex) -> Problem.of(404, e.getMessage()))
        .exceptionHandler(FileNotFoundException.class, (e, ex) -> Problem.of(404, "No file."))
        .exceptionHandler(Throttled.class, (e, ex) -> {
          ex.http().getResponseHeaders().set("Retry-After", "3");
          ex.respondText(429, "slow down");
          return null;
        })
        .exceptionHandler(Broken.class, (e, ex) -> {
          throw new IllegalStateException("handler bug");
        })
        .exceptionHandler(Silent.class, (e, ex) -> null)
        .exceptionHandler(Rethrown.class, (e, ex) -> {
          throw new ProblemException(Problem.of(400, "Rethrown as a problem."));
        })
        .route(Route.of("GET", "/missing", ex -> {
          throw new NoSuchItem("No item 7.");
        }))
        .route(Route.of("GET", "/locked", ex -> {
          throw new Locked("item 7 is locked");
        }))
        .route(Route.of("GET", "/file", ex -> {
          throw new FileNotFoundException("/etc/secret");
        }))
        .route(Route.of("GET", "/io", ex -> {
          throw new IOException("disk on fire");
        }))
        .route(Route.of("GET", "/throttled", ex -> {
          throw new Throttled();
        }))
        .route(Route.of("GET", "/broken", ex -> {
          throw new Broken();
        }))
        .route(Route.of("GET", "/silent", ex -> {
          throw new Silent();
        }))
        .route(Route.of("GET", "/rethrown", ex -> {
          throw new Rethrown();
        }))
        .route(Route.of("GET", "/unmapped", ex -> {
          throw new UnsupportedOperationException("secret detail");
        }))
        .route(Route.of("GET", "/late", ex -> {
          ex.respondText(200, "complete");
          throw new NoSuchItem("after the answer");
        }))
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
    KILN_LOG.removeHandler(CAPTURE);
    KILN_LOG.setUseParentHandlers(savedUseParent);
  }

  @BeforeEach
  void clear() {
    RECORDS.clear();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path)).build(), BodyHandlers.ofString());
  }

  private static List<LogRecord> failures() {
    return RECORDS.stream().filter(r -> r.getThrown() != null).collect(Collectors.toList());
  }

  @Test
  void mostSpecificRegisteredSuperclassWins() throws Exception {
    HttpResponse<String> missing = get("/missing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("{\"type\":\"https://kiln.dev/problems/not-found\","
        + "\"title\":\"Not Found\",\"status\":404,\"detail\":\"No item 7.\","
        + "\"instance\":\"/missing\"}");
    HttpResponse<String> locked = get("/locked");
    assertThat(locked.statusCode()).isEqualTo(409);
    assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(locked.body()).contains("\"detail\":\"Conflict: item 7 is locked\"");
    assertThat(failures()).isEmpty();
  }

  @Test
  void checkedExceptionsAreMappedToo() throws Exception {
    assertThat(get("/file").statusCode()).isEqualTo(404);
    assertThat(failures()).isEmpty();
  }

  @Test
  void anUnmappedIOExceptionOfTheHandlerIsA500NotASilentlyDroppedConnection() throws Exception {
    HttpResponse<String> response = get("/io");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("disk on fire");
    assertThat(failures()).hasSize(1);
  }

  @Test
  void aHandlerMayAnswerItself() throws Exception {
    HttpResponse<String> response = get("/throttled");
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(response.body()).isEqualTo("slow down");
  }

  @Test
  void aHandlerMayThrowAProblem() throws Exception {
    HttpResponse<String> response = get("/rethrown");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Rethrown as a problem.");
    assertThat(failures()).isEmpty();
  }

  @Test
  void unmappedExceptionIs500WithRequestIdLoggedOnceNeverEchoed() throws Exception {
    HttpResponse<String> response = get("/unmapped");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("secret").doesNotContain("Unsupported")
        .containsPattern("Request id: [0-9a-f-]{36}\\.");
    String id = response.body().replaceAll(".*Request id: ([0-9a-f-]{36}).*", "$1");
    assertThat(failures()).hasSize(1);
    LogRecord record = failures().get(0);
    assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(record.getMessage()).contains(id).contains("/unmapped");
    assertThat(record.getThrown()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFailingExceptionHandlerIsA500LoggedWithTheOriginal() throws Exception {
    HttpResponse<String> response = get("/broken");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("handler bug");
    assertThat(failures()).hasSize(1);
    Throwable logged = failures().get(0).getThrown();
    assertThat(logged).hasMessage("handler bug");
    assertThat(logged.getSuppressed()).singleElement().isInstanceOf(Broken.class);
  }

  @Test
  void aHandlerThatNeitherAnswersNorReturnsAProblemIsA500() throws Exception {
    assertThat(get("/silent").statusCode()).isEqualTo(500);
    assertThat(failures()).singleElement()
        .satisfies(r -> assertThat(r.getThrown()).hasCauseInstanceOf(Silent.class));
  }

  @Test
  void afterTheAnswerStartedAFailureIsOnlyLogged() throws Exception {
    HttpResponse<String> response = get("/late");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("complete");
    // the answer is complete before the handler throws: wait for the log record
    for (int i = 0; i < 200 && failures().isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertThat(failures()).singleElement().satisfies(r -> {
      assertThat(r.getMessage()).contains("after its answer was started");
      assertThat(r.getThrown()).isInstanceOf(NoSuchItem.class);
    });
  }

  @Test
  void aTypeIsRegisteredOnce() {
    KilnServer.Builder builder = KilnServer.builder()
        .exceptionHandler(AppException.class, (e, ex) -> null);
    assertThatThrownBy(() -> builder.exceptionHandler(AppException.class, (e, ex) -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has an exception handler");
  }
}
