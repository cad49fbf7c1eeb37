package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.support.ForkedServer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Take-down 1 of issue 12: a client that resets its connection before reading the answer must
 * not leak the socket. Before the fix every such reset left a descriptor open for good (10,000
 * of them ended the JVM). Counts the forked server's {@code /proc/self/fd}.
 */
@Timeout(120)
@EnabledOnOs(OS.LINUX)
class ResetLeakTest {
  /** 1,000 in the build; {@code bench/takedown-soak.sh} raises it ({@code -Dkiln.soak.resets}). */
  static final int RESETS = Integer.getInteger("kiln.soak.resets", 1_000);
  /** Descriptors the JDK and the test's own connections may hold on top of the baseline. */
  static final int SLACK = 10;

  @Test
  void connectionsResetBeforeTheAnswerAreAllClosed() throws Exception {
    try (ForkedServer server = new ForkedServer(1_000)) {
      int baseline = Integer.parseInt(server.get("/fds"));
      resetAll(server, "/big", RESETS);
      assertThat(fdsWithin(server, baseline + SLACK, 15_000))
          .as("open descriptors after %d resets; baseline %d", RESETS, baseline)
          .isLessThanOrEqualTo(baseline + SLACK);
      assertThat(server.get("/hello")).isEqualTo("hello");
    }
  }

  /**
   * The same for a static file: its answer goes through the exchange, which closes the
   * connection when writing fails (it once wrote to the JDK's stream itself, and a reset left
   * the exchange to be closed normally, which leaked the socket).
   */
  @Test
  void connectionsResetDuringAStaticFileAreAllClosed() throws Exception {
    try (ForkedServer server = new ForkedServer(1_000)) {
      int baseline = Integer.parseInt(server.get("/fds"));
      resetAll(server, "/files/big.bin", 300);
      assertThat(fdsWithin(server, baseline + SLACK, 15_000))
          .as("open descriptors after 300 resets during a static file; baseline %d", baseline)
          .isLessThanOrEqualTo(baseline + SLACK);
      assertThat(server.get("/hello")).isEqualTo("hello");
    }
  }

  /**
   * Sends {@code GET path} on {@code count} connections, 16 at a time, and resets each (SO_LINGER
   * 0) as soon as the first byte of the answer arrived.
   */
  static void resetAll(ForkedServer server, String path, int count) throws Exception {
    byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        sent.add(pool.submit(() -> {
          Socket socket = server.connect();
          socket.getOutputStream().write(request);
          // the answer has begun: the server is still writing its 1.6 MB when the reset comes
          assertThat(socket.getInputStream().read()).isEqualTo('H');
          socket.setSoLinger(true, 0);
          socket.close();
          return null;
        }));
      }
      for (Future<?> future : sent) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Polls the server's descriptor count until it is at most {@code target} or time is up. */
  static int fdsWithin(ForkedServer server, int target, long millis) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    int fds = Integer.parseInt(server.get("/fds"));
    while (fds > target && System.nanoTime() < deadline) {
      Thread.sleep(200);
      fds = Integer.parseInt(server.get("/fds"));
    }
    return fds;
  }
}
