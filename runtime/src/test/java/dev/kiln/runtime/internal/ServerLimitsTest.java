package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.support.ForkedServer;
import dev.kiln.runtime.support.RawResponse;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JDK server's own limits ({@code sun.net.httpserver.*}, read once per JVM): Kiln's safe
 * defaults, the user's settings winning over them, and their effect, each in a forked JVM.
 */
@Timeout(60)
class ServerLimitsTest {

  private static String withHeaders(int count, int valueLength) {
    StringBuilder request = new StringBuilder("GET /hello HTTP/1.1\r\nHost: x\r\n");
    for (int i = 1; i < count; i++) {
      request.append("X-H").append(i).append(": ").append("v".repeat(valueLength)).append("\r\n");
    }
    return request.append("\r\n").toString();
  }

  @Test
  void kilnSetsSafeDefaultsAndTheJdkEnforcesThem() throws Exception {
    try (ForkedServer server = new ForkedServer(1_000)) {
      assertThat(server.properties).isEqualTo(ServerProperties.DEFAULTS);
      assertThat(server.status(withHeaders(100, 10))).isEqualTo(200);
      assertThat(server.status(withHeaders(101, 10))).as("101 headers").isEqualTo(-1);
      assertThat(server.status(withHeaders(2, 60 * 1024))).isEqualTo(200);
      assertThat(server.status(withHeaders(2, 70 * 1024))).as("a 70 KiB header").isEqualTo(-1);
      assertThat(server.status(withHeaders(20, 4 * 1024))).as("80 KiB of headers").isEqualTo(-1);
      assertThat(server.status("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")).isEqualTo(200);
    }
  }

  @Test
  void propertiesTheUserSetWin() throws Exception {
    try (ForkedServer server = new ForkedServer(1_000, "-Dsun.net.httpserver.maxReqHeaders=300",
        "-Dsun.net.httpserver.nodelay=false")) {
      assertThat(server.properties)
          .containsEntry("sun.net.httpserver.maxReqHeaders", "300")
          .containsEntry("sun.net.httpserver.nodelay", "false")
          .containsEntry("sun.net.httpserver.maxReqTime", "60");
      assertThat(server.status(withHeaders(150, 10))).isEqualTo(200);
      assertThat(server.status(withHeaders(301, 10))).isEqualTo(-1);
    }
  }

  @Test
  void maxReqTimeEndsSlowClientsEvenWhenTheyHoldEveryThread() throws Exception {
    try (ForkedServer server = new ForkedServer(2, "-Dsun.net.httpserver.maxReqTime=1")) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          Socket socket = server.connect();
          socket.getOutputStream().write(
              "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n1"
                  .getBytes(StandardCharsets.ISO_8859_1));
          slow.add(socket);
        }
        // both threads are taken, the third request waits in the queue; after maxReqTime (1 s,
        // checked every second) the JDK closes all three, queued or not
        Thread.sleep(2_500);
        for (Socket socket : slow) {
          assertThat(closedWithoutA200(socket)).isTrue();
        }
        long started = System.nanoTime();
        assertThat(server.status("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")).isEqualTo(200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_000);
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  /** Whether the server closed {@code socket} without answering 200 (it may answer an error). */
  private static boolean closedWithoutA200(Socket socket) throws IOException {
    socket.setSoTimeout(5_000);
    try {
      return RawResponse.read(socket.getInputStream(), false).status != 200;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
