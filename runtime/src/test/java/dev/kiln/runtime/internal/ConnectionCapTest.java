package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.support.ForkedServer;
import dev.kiln.runtime.support.RawResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Take-down 3 of issue 12: with no cap, 21,000 idle connections used up the descriptors and the
 * server stopped answering. {@code maxConnections} sets {@code jdk.httpserver.maxConnections}
 * (read once per JVM, so tested forked); connections over it are closed at once.
 */
@Timeout(60)
class ConnectionCapTest {
  @TempDir
  Path dir;

  @Test
  void connectionsOverTheCapAreClosedAndTheOthersServed() throws Exception {
    try (ForkedServer server = new ForkedServer(List.of("1000", "50"))) {
      assertThat(server.maxConnections).isEqualTo("50");
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < 60; i++) {
          sockets.add(server.connect());
        }
        Thread.sleep(300); // the server accepted (or closed) every one
        int answered = 0;
        int closed = 0;
        for (Socket socket : sockets) {
          socket.getOutputStream().write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"
              .getBytes(StandardCharsets.ISO_8859_1));
          try {
            assertThat(RawResponse.read(socket.getInputStream(), false).body).isEqualTo("hello");
            answered++;
          } catch (IOException e) {
            closed++;
          }
        }
        assertThat(closed).as("closed over the cap").isGreaterThanOrEqualTo(10);
        assertThat(answered).as("answered under the cap").isBetween(40, 50);
      } finally {
        for (Socket socket : sockets) {
          socket.close();
        }
      }
      // once those are gone, new connections are served again
      assertThat(helloWithin(server, 5_000)).isTrue();
    }
  }

  @Test
  void theDefaultIsBelowTheOpenFileLimitAndADashDWins() throws Exception {
    try (ForkedServer server = new ForkedServer(1_000)) {
      assertThat(server.maxConnections)
          .isEqualTo(Integer.toString(ServerProperties.defaultMaxConnections()));
    }
    try (ForkedServer server =
        new ForkedServer(List.of("1000", "50"), "-Djdk.httpserver.maxConnections=70")) {
      assertThat(server.maxConnections).isEqualTo("70");
    }
  }

  @Test
  void theDefaultFollowsTheOpenFileLimit() throws IOException {
    Path limits = dir.resolve("limits");
    Files.writeString(limits, "Limit             Soft Limit   Hard Limit   Units\n"
        + "Max processes     63459        63459        processes\n"
        + "Max open files    1024         524288       files\n");
    assertThat(ServerProperties.openFileLimit(limits)).isEqualTo(1024);
    Files.writeString(limits, "Max open files    unlimited    unlimited    files\n");
    assertThat(ServerProperties.openFileLimit(limits)).isEqualTo(-1);
    assertThat(ServerProperties.openFileLimit(dir.resolve("absent"))).isEqualTo(-1);
    assertThat(ServerProperties.defaultMaxConnections())
        .isBetween(1, KilnServer.Builder.DEFAULT_MAX_CONNECTIONS);
  }

  private static boolean helloWithin(ForkedServer server, long millis) throws Exception {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      try {
        if (server.get("/hello").equals("hello")) {
          return true;
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    return false;
  }
}
