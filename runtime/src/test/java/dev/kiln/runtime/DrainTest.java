package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.KilnLogOff;
import dev.kiln.runtime.support.RawResponse;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first steps of a stop: drain hooks, the drain delay, then no new connections. */
class DrainTest {
  /** Keeps the planted hook failure's warning out of the build log. */
  @RegisterExtension
  static final KilnLogOff QUIET = new KilnLogOff();

  private static final String GET_READY = "GET /ready HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  private static final String GET_HELLO = "GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

  @Test
  @Timeout(20)
  void hooksRunFirstThenTheServerServesForTheDelayThenRefusesConnections() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    KilnServer server = KilnServer.builder()
        .port(0)
        .route(Route.of("GET", "/ready",
            ex -> ex.respondText(ran.isEmpty() ? 200 : 503, ran.isEmpty() ? "ready" : "draining")))
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .onDrain(() -> ran.add("first"))
        .onDrain(() -> {
          throw new IllegalStateException("planted hook failure");
        })
        .onDrain(() -> ran.add("third"))
        .drainDelay(Duration.ofMillis(800))
        .start();
    int port = server.port();
    try {
      assertThat(RawResponse.exchange(port, GET_READY).status).isEqualTo(200);
      long started = System.nanoTime();
      CompletableFuture<Void> stopping =
          CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(5)));
      for (int i = 0; i < 100 && ran.size() < 2; i++) {
        Thread.sleep(10);
      }
      // every hook ran, in order, a failing one in between; the server still takes connections
      assertThat(ran).containsExactly("first", "third");
      RawResponse ready = RawResponse.exchange(port, GET_READY);
      assertThat(ready.status).isEqualTo(503);
      assertThat(ready.body).isEqualTo("draining");
      RawResponse hello = RawResponse.exchange(port, GET_HELLO);
      assertThat(hello.status).isEqualTo(200);
      assertThat(hello.body).isEqualTo("hello");

      stopping.get(10, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isBetween(Duration.ofMillis(750), Duration.ofSeconds(4));
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .isInstanceOf(ConnectException.class);
    } finally {
      server.stop(Duration.ZERO);
    }
  }

  @Test
  void aNegativeDrainDelayIsRefused() {
    assertThatThrownBy(() -> KilnServer.builder().drainDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("drainDelay must not be negative: PT-0.001S");
  }
}
