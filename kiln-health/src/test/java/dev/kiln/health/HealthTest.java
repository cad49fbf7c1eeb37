package dev.kiln.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.KilnServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HealthTest {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private KilnServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(Duration.ZERO);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
  }

  private static void assertJson(HttpResponse<String> response, int status, String body) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.body()).isEqualTo(body);
  }

  @Test
  void liveAlwaysAndReadyOnlyAfterStartWhileEveryCheckPasses() throws Exception {
    AtomicBoolean database = new AtomicBoolean(false);
    Health health = Health.create().check("database", database::get);
    server = KilnServer.builder().port(0).routes(health).start();

    assertJson(get("/health/live"), 200, "{\"status\":\"UP\",\"checks\":[]}");
    assertJson(get("/health/ready"), 503, "{\"status\":\"DOWN\",\"checks\":["
        + "{\"name\":\"started\",\"status\":\"DOWN\"},{\"name\":\"draining\",\"status\":\"UP\"},"
        + "{\"name\":\"database\",\"status\":\"DOWN\"}]}");

    health.markStarted();
    assertJson(get("/health/ready"), 503, "{\"status\":\"DOWN\",\"checks\":["
        + "{\"name\":\"started\",\"status\":\"UP\"},{\"name\":\"draining\",\"status\":\"UP\"},"
        + "{\"name\":\"database\",\"status\":\"DOWN\"}]}");

    database.set(true);
    assertJson(get("/health/ready"), 200, "{\"status\":\"UP\",\"checks\":["
        + "{\"name\":\"started\",\"status\":\"UP\"},{\"name\":\"draining\",\"status\":\"UP\"},"
        + "{\"name\":\"database\",\"status\":\"UP\"}]}");
    assertThat(health.isReady()).isTrue();

    database.set(false);
    assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    assertThat(health.readiness().checks()).containsEntry("database", false);
  }

  @Test
  void aCheckThatThrowsIsDown() throws Exception {
    Health health = Health.create().check("cache", () -> {
      throw new IllegalStateException("planted");
    });
    health.markStarted();
    server = KilnServer.builder().port(0).routes(health).start();
    assertJson(get("/health/ready"), 503, "{\"status\":\"DOWN\",\"checks\":["
        + "{\"name\":\"started\",\"status\":\"UP\"},{\"name\":\"draining\",\"status\":\"UP\"},"
        + "{\"name\":\"cache\",\"status\":\"DOWN\"}]}");
  }

  /** The order: not ready as soon as draining starts, while the port still answers. */
  @Test
  @Timeout(20)
  void notReadyAsSoonAsTheServerDrainsWhileOtherRoutesStillAnswer() throws Exception {
    Health health = Health.create();
    server = KilnServer.builder().port(0).routes(health)
        .onDrain(health::markDraining)
        .drainDelay(Duration.ofMillis(800))
        .start();
    health.markStarted();
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);

    KilnServer stopping = server;
    CompletableFuture<Void> stop =
        CompletableFuture.runAsync(() -> stopping.stop(Duration.ofSeconds(5)));
    for (int i = 0; i < 100 && !health.isDraining(); i++) {
      Thread.sleep(10);
    }
    assertJson(get("/health/ready"), 503, "{\"status\":\"DOWN\",\"checks\":["
        + "{\"name\":\"started\",\"status\":\"UP\"},{\"name\":\"draining\",\"status\":\"DOWN\"}]}");
    assertJson(get("/health/live"), 200, "{\"status\":\"UP\",\"checks\":[]}");
    stop.get(10, TimeUnit.SECONDS);
  }

  @Test
  void pathsCanMoveAndNamesAreUnique() throws Exception {
    Health health = Health.at("/livez", "/readyz");
    health.markStarted();
    server = KilnServer.builder().port(0).routes(health).start();
    assertThat(get("/livez").statusCode()).isEqualTo(200);
    assertThat(get("/readyz").statusCode()).isEqualTo(200);
    assertThat(get("/health/live").statusCode()).isEqualTo(404);

    health.check("db", () -> true);
    assertThatThrownBy(() -> health.check("db", () -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a readiness check is already named db");
    assertThatThrownBy(() -> health.check("draining", () -> true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Health.at("/same", "/same"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("live and ready paths must differ: /same");
    assertThatThrownBy(() -> Health.at("health", "/ready"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
