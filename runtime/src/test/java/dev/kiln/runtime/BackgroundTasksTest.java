package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Response.Builder#background}: tasks run after the answer, on the server's executor. */
class BackgroundTasksTest {
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureLog() {
    Logger.getLogger("dev.kiln").addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    Logger.getLogger("dev.kiln").removeHandler(capture);
  }

  private static KilnServer serve(Response<?> answer) throws IOException {
    return KilnServer.builder().port(0).route(Route.of("GET", "/work", exchange -> {
      exchange.setHeaders(answer);
      exchange.respondText(answer.status(), "done");
    })).start();
  }

  @Test
  void tasksRunAfterTheAnswerWasSentInOrder() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch finished = new CountDownLatch(1);
    Response<Void> answer = Response.status(202).background(() -> {
      await(release);
      ran.add("first:" + Thread.currentThread().getName());
    }).background(() -> {
      ran.add("second");
      finished.countDown();
    }).build();
    try (KilnServer server = serve(answer)) {
      // the client has the whole answer while the first task still waits
      RawHttp http = RawHttp.send(server.port(), "GET", "/work");
      assertThat(http.status).isEqualTo(202);
      assertThat(new String(http.rest, StandardCharsets.UTF_8)).isEqualTo("done");
      assertThat(ran).isEmpty();
      release.countDown();
      assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(ran).hasSize(2);
      assertThat(ran.get(0)).startsWith("first:");
      assertThat(ran.get(1)).isEqualTo("second");
    }
  }

  @Test
  void aFailingTaskIsLoggedWithARequestIdAndChangesNothing() throws Exception {
    CountDownLatch after = new CountDownLatch(1);
    Response<Void> answer = Response.status(200).background(() -> {
      throw new IllegalStateException("mail server down");
    }).background(after::countDown).build();
    try (KilnServer server = serve(answer)) {
      RawHttp http = RawHttp.send(server.port(), "GET", "/work");
      assertThat(http.status).isEqualTo(200);
      assertThat(new String(http.rest, StandardCharsets.UTF_8)).isEqualTo("done");
      assertThat(after.await(5, TimeUnit.SECONDS)).as("the next task still runs").isTrue();
      // the same server answers the next request normally
      assertThat(RawHttp.send(server.port(), "GET", "/work").status).isEqualTo(200);
    }
    LogRecord failure = logged.stream()
        .filter(r -> r.getMessage().contains("background task failed")).findFirst()
        .orElseThrow();
    assertThat(failure.getLevel()).isEqualTo(java.util.logging.Level.SEVERE);
    assertThat(failure.getMessage())
        .matches("Request [0-9a-f-]{36} GET /work: a background task failed .*");
    assertThat(failure.getThrown()).hasMessage("mail server down");
  }

  @Test
  void aGracefulStopWaitsForPendingTasks() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    List<String> ran = new CopyOnWriteArrayList<>();
    Response<Void> answer = Response.status(204).background(() -> {
      started.countDown();
      sleep(300);
      ran.add("finished");
    }).build();
    KilnServer server = serve(answer);
    assertThat(RawHttp.send(server.port(), "GET", "/work").status).isEqualTo(204);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    server.stop(Duration.ofSeconds(5));
    assertThat(ran).containsExactly("finished");
  }

  @Test
  void aGracefulStopWaitsNoLongerThanItsTimeout() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    Response<Void> answer = Response.status(204).background(() -> {
      started.countDown();
      await(never);
    }).build();
    KilnServer server = serve(answer);
    assertThat(RawHttp.send(server.port(), "GET", "/work").status).isEqualTo(204);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    long start = System.nanoTime();
    server.stop(Duration.ofMillis(200));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(logged).anyMatch(r -> r.getMessage().contains("1 background task runs unfinished"));
  }

  @Test
  void aHandlersBackgroundTasksRunOnceAfterItsAnswerAndNeverForOtherRequests() throws Exception {
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    try (KilnServer server = KilnServer.builder().port(0)
        .route(Route.of("POST", "/orders", exchange -> {
          exchange.backgroundTasks().add(() -> {
            runs.incrementAndGet();
            ran.countDown();
          });
          exchange.respondText(201, "placed");
        }))
        .route(Route.of("GET", "/plain", exchange -> exchange.respondText(200, "plain")))
        .start()) {
      RawHttp placed = RawHttp.send(server.port(), "POST", "/orders");
      assertThat(placed.status).isEqualTo(201);
      assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
      // the JDK's exchange attributes are shared by every request of its context: the tasks are
      // kept on Kiln's exchange, so the next requests run none of them again
      for (int i = 0; i < 3; i++) {
        assertThat(RawHttp.send(server.port(), "GET", "/plain").status).isEqualTo(200);
      }
      Thread.sleep(100);
      assertThat(runs.get()).isEqualTo(1);
    }
  }

  @Test
  void aTaskAddedAfterTheAnswerWasSentIsRefused() throws Exception {
    java.util.concurrent.atomic.AtomicReference<BackgroundTasks> kept =
        new java.util.concurrent.atomic.AtomicReference<>();
    try (KilnServer server = KilnServer.builder().port(0)
        .route(Route.of("GET", "/keep", exchange -> {
          kept.set(exchange.backgroundTasks());
          exchange.respondText(200, "kept");
        })).start()) {
      assertThat(RawHttp.send(server.port(), "GET", "/keep").status).isEqualTo(200);
      Thread.sleep(50);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.get().add(() -> { }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already sent");
    }
  }

  @Test
  void aFailureIsLoggedWithTheRequestIdOfTheRequestIdFilter() throws Exception {
    CountDownLatch failed = new CountDownLatch(1);
    try (KilnServer server = KilnServer.builder().port(0)
        .filter(dev.kiln.runtime.filter.RequestId.filter())
        .route(Route.of("GET", "/work", exchange -> {
          exchange.backgroundTasks().add(() -> {
            failed.countDown();
            throw new IllegalStateException("queue full");
          });
          exchange.respondText(200, "done");
        })).start()) {
      RawHttp http = RawHttp.send(server.port(), "GET", "/work", "X-Request-Id: order-42");
      assertThat(http.status).isEqualTo(200);
      assertThat(new String(http.rest, StandardCharsets.UTF_8)).isEqualTo("done");
      assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
    }
    LogRecord failure = logged.stream()
        .filter(r -> r.getMessage().contains("background task failed")).findFirst()
        .orElseThrow();
    assertThat(failure.getMessage())
        .isEqualTo("Request order-42 GET /work: a background task failed (the answer was already"
            + " sent)");
    assertThat(failure.getThrown()).hasMessage("queue full");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
