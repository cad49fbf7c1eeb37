package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.json.JsonFactory;

/**
 * The JDK server's own limits ({@code sun.net.httpserver.*}, read once per JVM): Kiln's safe
 * defaults, the user's settings winning over them, and their effect, each in a forked JVM.
 */
@Timeout(60)
class ServerLimitsTest {

  /** A forked {@link ForkedServerMain}. */
  private static final class Forked implements AutoCloseable {
    final Process process;
    final int port;
    final Map<String, String> properties = new LinkedHashMap<>();

    Forked(int maxThreads, String... jvmOptions) throws Exception {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(jvmOptions));
      command.add("-cp");
      command.add(String.join(java.io.File.pathSeparator, location(KilnServer.class),
          location(JsonFactory.class), location(ForkedServerMain.class)));
      command.add(ForkedServerMain.class.getName());
      command.add(Integer.toString(maxThreads));
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      int found = -1;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("PROP ")) {
          int eq = line.indexOf('=');
          properties.put(line.substring(5, eq), line.substring(eq + 1));
        } else if (line.startsWith("PORT ")) {
          found = Integer.parseInt(line.substring(5));
          break;
        }
      }
      assertThat(found).as("the forked server's port").isPositive();
      port = found;
    }

    private static String location(Class<?> type) throws Exception {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    Socket connect() throws IOException {
      Socket socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(10_000);
      return socket;
    }

    /** Sends {@code request} on a new connection: the answer's status, or -1 if it was closed unanswered. */
    int status(String request) throws IOException {
      try (Socket socket = connect()) {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        try {
          return RawResponse.read(socket.getInputStream(), false).status;
        } catch (IOException e) {
          if (e instanceof SocketTimeoutException) {
            throw e;
          }
          return -1; // closed (or reset) without an answer
        }
      }
    }

    @Override
    public void close() throws Exception {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static String withHeaders(int count, int valueLength) {
    StringBuilder request = new StringBuilder("GET /hello HTTP/1.1\r\nHost: x\r\n");
    for (int i = 1; i < count; i++) {
      request.append("X-H").append(i).append(": ").append("v".repeat(valueLength)).append("\r\n");
    }
    return request.append("\r\n").toString();
  }

  @Test
  void kilnSetsSafeDefaultsAndTheJdkEnforcesThem() throws Exception {
    try (Forked server = new Forked(1_000)) {
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
    try (Forked server = new Forked(1_000, "-Dsun.net.httpserver.maxReqHeaders=300",
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
    try (Forked server = new Forked(2, "-Dsun.net.httpserver.maxReqTime=1")) {
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
