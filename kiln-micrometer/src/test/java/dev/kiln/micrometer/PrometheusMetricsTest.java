package dev.kiln.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PrometheusMetricsTest {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final PrometheusMetrics metrics = PrometheusMetrics.create();
  private KilnServer server;

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(Duration.ZERO);
    }
    metrics.close();
  }

  private void start() throws Exception {
    server = KilnServer.builder().port(0)
        .filter(metrics.filter())
        .routes(metrics)
        .route(Route.of("GET", "/items/{id}", ex -> {
          if (ex.rawPath().endsWith("/0")) {
            throw new ProblemException(Problem.of(404, "No item 0."));
          }
          ex.respondText(200, "item");
        }, "getItem"))
        .route(Route.of("POST", "/items/{id}", ex -> {
          throw new IllegalStateException("planted bug");
        }, "updateItem"))
        .route(Route.of("GET", "/slow", ex -> {
          entered.countDown();
          release.await(10, TimeUnit.SECONDS);
          ex.respondText(200, "slow");
        }, "slow"))
        .start();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
  }

  @Test
  void countsAndTimesRequestsByOperationAndStatusClassNeverByRawPath() throws Exception {
    start();
    assertThat(send("GET", "/items/1").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/items/2").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/items/0").statusCode()).isEqualTo(404);
    assertThat(send("POST", "/items/3").statusCode()).isEqualTo(500);
    assertThat(send("DELETE", "/items/3").statusCode()).isEqualTo(405);
    assertThat(send("GET", "/nowhere/42").statusCode()).isEqualTo(404);

    HttpResponse<String> scrape = send("GET", "/metrics");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
    String text = scrape.body();
    assertThat(text)
        .contains("# TYPE http_server_requests_seconds histogram\n")
        .contains("http_server_requests_seconds_count{operation=\"getItem\",status=\"2xx\"} 2\n")
        .contains("http_server_requests_seconds_count{operation=\"getItem\",status=\"4xx\"} 1\n")
        .contains("http_server_requests_seconds_count{operation=\"updateItem\",status=\"5xx\"} 1\n")
        .contains("http_server_requests_seconds_count{operation=\"DELETE /items/{id}\","
            + "status=\"4xx\"} 1\n")
        .contains("http_server_requests_seconds_count{operation=\"UNMATCHED\",status=\"4xx\"} 1\n")
        .contains("http_server_requests_seconds_bucket{operation=\"getItem\",status=\"2xx\","
            + "le=\"+Inf\"} 2\n")
        // the scrape itself is the one request in flight
        .contains("http_server_active_requests 1.0\n")
        // JVM basics
        .contains("jvm_memory_used_bytes{")
        .contains("jvm_gc_")
        .contains("jvm_threads_live_threads ")
        .contains("jvm_classes_loaded_classes ")
        .contains("process_uptime_seconds ");
    assertThat(text).doesNotContain("/items/1").doesNotContain("/nowhere");
  }

  @Test
  @Timeout(20)
  void countsRequestsInFlight() throws Exception {
    start();
    CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/slow")).build(),
        BodyHandlers.ofString());
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(metrics.registry().get(RequestMetrics.ACTIVE).gauge().value()).isEqualTo(1.0);
    release.countDown();
    assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(metrics.registry().get(RequestMetrics.ACTIVE).gauge().value()).isEqualTo(0.0);
    assertThat(metrics.registry().get(RequestMetrics.REQUESTS)
        .tags("operation", "slow", "status", "2xx").timer().count()).isEqualTo(1);
  }

  @Test
  void statusClasses() {
    assertThat(RequestMetrics.statusClass(204)).isEqualTo("2xx");
    assertThat(RequestMetrics.statusClass(503)).isEqualTo("5xx");
    assertThat(RequestMetrics.statusClass(-1)).isEqualTo("NONE");
  }
}
