package dev.kiln.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Route;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 17: start-up hooks before the port is bound, shutdown hooks after requests finish. */
class LifecycleTest {

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Whether the port can be bound (nobody listens on it). */
  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void startHooksRunInOrderBeforeThePortIsBound() throws Exception {
    int port = freePort();
    List<String> events = new CopyOnWriteArrayList<>();
    try (KilnServer server = KilnServer.builder().port(port)
        .route(Route.of("GET", "/x", ex -> ex.respondText(200, "x")))
        .onStart(() -> events.add("first, port free: " + free(port)))
        .onStart(() -> events.add("second"))
        .start()) {
      assertThat(events).containsExactly("first, port free: true", "second");
      assertThat(free(port)).isFalse();
    }
  }

  @Test
  void aFailingStartHookAbortsTheStartWithItsFailureAndBindsNothing() throws Exception {
    int port = freePort();
    List<String> events = new CopyOnWriteArrayList<>();
    KilnServer.Builder builder = KilnServer.builder().port(port)
        .onStart(() -> events.add("first"))
        .onStart(() -> {
          throw new IOException("the database is unreachable");
        })
        .onStart(() -> events.add("third"));
    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Kiln did not start: start-up hook 2 of 3 failed: java.io.IOException: the"
            + " database is unreachable")
        .hasCauseInstanceOf(IOException.class);
    assertThat(events).containsExactly("first");
    assertThat(free(port)).isTrue();
  }

  @Test
  void stopHooksRunAfterTheRequestsInFlightFinished() throws Exception {
    CountDownLatch inHandler = new CountDownLatch(1);
    List<String> events = new CopyOnWriteArrayList<>();
    KilnServer server = KilnServer.builder().port(0)
        .route(Route.of("GET", "/slow", ex -> {
          inHandler.countDown();
          Thread.sleep(300);
          events.add("answered");
          ex.respondText(200, "done");
        }))
        .onStop(() -> events.add("stop hook 1"))
        .onStop(() -> {
          throw new IllegalStateException("planted");
        })
        .onStop(() -> events.add("stop hook 3"))
        .start();
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("dev.kiln");
    log.setLevel(java.util.logging.Level.OFF);
    try (FilterServer client = FilterServer.wrap(server)) {
      CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
        try {
          return client.send(client.request("/slow"));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();
      server.stop(Duration.ofSeconds(10));
      assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("done");
      assertThat(events).containsExactly("answered", "stop hook 1", "stop hook 3");
    } finally {
      log.setLevel(null);
    }
  }
}
