package dev.kiln.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.apps.clients.StagesController;
import dev.kiln.it.apps.clients.StagesController_Routes;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code CompletionStage} handlers: a failed stage is mapped like a thrown exception, and a
 * {@code @Timeout} answers 503 and cancels the stage.
 */
class StagesIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final StagesController STAGES = new StagesController();
  private static KilnServer server;

  @BeforeAll
  static void start() throws IOException {
    server = KilnServer.builder().host("127.0.0.1").port(0)
        .routes(new StagesController_Routes(STAGES))
        .exceptionHandler(IllegalStateException.class,
            (e, exchange) -> Problem.of(409, "Mapped: " + e.getMessage()))
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  @Test
  void aFailedStageIsMappedLikeAThrownException() throws Exception {
    HttpResponse<String> failed = get("/stages/failed");
    HttpResponse<String> thrown = get("/stages/thrown");

    assertThat(failed.statusCode()).isEqualTo(409);
    assertThat(failed.body()).contains("\"detail\":\"Mapped: failed stage\"");
    assertThat(thrown.statusCode()).isEqualTo(409);
    assertThat(thrown.body()).contains("\"detail\":\"Mapped: thrown\"");
  }

  @Test
  void aStageThatOutlivesItsTimeoutAnswers503AndIsCancelled() throws Exception {
    HttpResponse<String> answer = get("/stages/never");

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(answer.body()).contains("\"detail\":\"The operation GET /stages/never did not "
        + "finish within its time limit of 200 ms.\"");
    CompletableFuture<String> stage = STAGES.pending.get(10, TimeUnit.SECONDS);
    assertThat(stage).isCancelled();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
