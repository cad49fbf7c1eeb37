package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.support.RawResponse;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.KilnLogOff;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

class GracefulStopTest {
  /** Keeps the interrupted handler's expected stack trace out of the build log. */
  @RegisterExtension
  static final KilnLogOff QUIET = new KilnLogOff();

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static HttpRequest get(KilnServer server, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  @Timeout(20)
  void inFlightRequestFinishesWhileNewRequestsGet503() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    String slowBody = "slow done " + "x".repeat(10_000);
    KilnServer server = KilnServer.builder()
        .port(0)
        .route(Route.of("GET", "/slow", ex -> {
          entered.countDown();
          Thread.sleep(500);
          ex.respondText(200, slowBody);
        }))
        .route(Route.of("GET", "/fast", ex -> ex.respondText(200, "fast")))
        .start();
    try {
      assertThat(newClient().send(get(server, "/fast"), BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);

      CompletableFuture<HttpResponse<String>> slow =
          newClient().sendAsync(get(server, "/slow"), BodyHandlers.ofString());
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      // a kept-alive connection, opened before the stop: its next request is answered 503
      Socket open = new Socket("127.0.0.1", server.port());
      open.setSoTimeout(10_000);

      long stopStarted = System.nanoTime();
      CompletableFuture<Void> stopping =
          CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(5)));
      Thread.sleep(100); // stop() has begun draining; the slow handler still sleeps

      try (open) {
        write(open, "GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        RawResponse during = RawResponse.read(open.getInputStream(), false);
        assertThat(during.status).isEqualTo(503);
        assertThat(during.headers).containsEntry("content-type", "application/problem+json")
            .containsEntry("connection", "close");
        assertThat(during.body).isEqualTo("{\"type\":\"https://kiln.dev/problems/unavailable\","
            + "\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The server is shutting down.\",\"instance\":\"/fast\"}");
      }
      // a new connection is refused: the listening socket closed as draining began
      assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close())
          .isInstanceOf(ConnectException.class);
      assertThat(slow).isNotDone();

      HttpResponse<String> slowResponse = slow.get(10, TimeUnit.SECONDS);
      assertThat(slowResponse.statusCode()).isEqualTo(200);
      assertThat(slowResponse.body()).isEqualTo(slowBody);

      stopping.get(10, TimeUnit.SECONDS);
      // stop returned once the request finished, well before its 5 s timeout
      assertThat(Duration.ofNanos(System.nanoTime() - stopStarted)).isLessThan(Duration.ofSeconds(4));
    } finally {
      server.stop(Duration.ZERO);
    }
  }

  @Test
  @Timeout(20)
  void stopWhenIdleReturnsQuicklyAndTwiceIsHarmless() throws Exception {
    KilnServer server = KilnServer.builder().port(0).start();
    long started = System.nanoTime();
    server.stop(Duration.ofSeconds(5));
    server.stop(Duration.ofSeconds(5));
    server.close();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  @Timeout(20)
  void stopGivesUpAfterTheTimeout() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    KilnServer server = KilnServer.builder()
        .port(0)
        .route(Route.of("GET", "/stuck", ex -> {
          entered.countDown();
          release.await(10, TimeUnit.SECONDS);
          ex.respondText(200, "late");
        }))
        .start();
    try {
      CompletableFuture<HttpResponse<String>> stuck =
          newClient().sendAsync(get(server, "/stuck"), BodyHandlers.ofString());
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      long started = System.nanoTime();
      server.stop(Duration.ofMillis(300));
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertThat(elapsedMillis).isBetween(250L, 3_000L);
      stuck.handle((response, failure) -> null).get(10, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      server.stop(Duration.ZERO);
    }
  }

  /**
   * Issue 12: under load, requests the JDK had begun to read (or queued for a thread) but not yet
   * handed to Kiln were cut off unanswered. Every request begun before draining is answered:
   * the one in its handler 200 (and stored), the others 503 (and not stored).
   */
  @Test
  @Timeout(30)
  void everyRequestBegunBeforeStopIsAnswered() throws Exception {
    AtomicInteger stored = new AtomicInteger();
    CountDownLatch entered = new CountDownLatch(1);
    KilnServer server = KilnServer.builder().port(0)
        .route(Route.of("POST", "/store", ex -> {
          ex.requestBody().readAllBytes();
          entered.countDown();
          Thread.sleep(300);
          stored.incrementAndGet();
          ex.respondText(200, "stored");
        }))
        .start();
    List<Socket> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        // the first request is whole; the others have sent half their head when draining begins
        write(socket, "POST /store HTTP/1.1\r\nHost: x\r\n" + (i == 0 ? REST : ""));
        clients.add(socket);
      }
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> stopping =
          CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));
      Thread.sleep(200);
      for (Socket socket : clients.subList(1, clients.size())) {
        write(socket, REST);
      }
      List<Integer> statuses = new ArrayList<>();
      for (Socket socket : clients) {
        statuses.add(RawResponse.read(socket.getInputStream(), false).status);
      }
      assertThat(statuses.get(0)).isEqualTo(200);
      assertThat(statuses.subList(1, statuses.size())).containsOnly(503);
      assertThat(stored.get()).isEqualTo(1);
      stopping.get(10, TimeUnit.SECONDS);
    } finally {
      for (Socket socket : clients) {
        socket.close();
      }
      server.stop(Duration.ZERO);
    }
  }

  private static final String REST = "Content-Length: 2\r\n\r\nab";

  private static void write(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
