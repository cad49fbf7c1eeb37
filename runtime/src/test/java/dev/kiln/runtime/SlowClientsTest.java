package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.KilnLogOff;
import dev.kiln.runtime.support.RawResponse;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow clients hold a thread each while the JDK server reads their request (on JDK 17 a
 * platform thread of Kiln's pool); they must not delay other clients. These tests run the JDK 17
 * executor on every JDK (the runtime's own classes are not loaded as a multi-release jar).
 */
@Timeout(60)
class SlowClientsTest {
  /** Keeps the expected "requests unfinished" warning of stopping under slow clients quiet. */
  @RegisterExtension
  static final KilnLogOff QUIET = new KilnLogOff();

  /** One more than the JDK 17 pool had before it grew on demand (a fixed 64). */
  private static final int SLOW_CLIENTS = 65;

  private KilnServer server;
  private final List<Socket> sockets = new ArrayList<>();
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws IOException {
    server = KilnServer.builder().port(0)
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .route(Route.of("POST", "/upload", ex ->
            ex.respondText(200, "read " + ex.requestBody().readAllBytes().length)))
        .start();
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    server.stop(Duration.ZERO);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    sockets.add(socket);
    return socket;
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Asserts {@code /hello} answers, {@code times} times, each within {@code limit}. */
  private void assertHelloAnswersWithin(int times, Duration limit) throws Exception {
    for (int i = 0; i < times; i++) {
      long started = System.nanoTime();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/hello"))
          .timeout(Duration.ofSeconds(20)).build(), BodyHandlers.ofString());
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(response.body()).isEqualTo("hello");
      assertThat(took).as("answer %d", i).isLessThan(limit);
    }
  }

  @Test
  void slowBodiesOnMoreConnectionsThanTheOldPoolHadDoNotStallOthers() throws Exception {
    for (int i = 0; i < SLOW_CLIENTS; i++) {
      write(connect(), "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"
          + "0123456789");
    }
    Thread.sleep(300); // every slow request is now being read by a handler thread
    assertHelloAnswersWithin(5, Duration.ofSeconds(2));
    // the slow ones are still served once they finish
    Socket first = sockets.get(0);
    write(first, "x".repeat(990));
    first.setSoTimeout(10_000);
    RawResponse answer = RawResponse.read(first.getInputStream(), false);
    assertThat(answer.body).isEqualTo("read 1000");
  }

  @Test
  void clientsSendingOneHeaderBytePerSecondDoNotDelayOthers() throws Exception {
    for (int i = 0; i < SLOW_CLIENTS; i++) {
      write(connect(), "GET /hello HTTP/1.1\r\nH");
    }
    AtomicBoolean done = new AtomicBoolean();
    Thread trickle = new Thread(() -> {
      String rest = "ost: x\r\n\r\n";
      try {
        for (int i = 0; i < rest.length() && !done.get(); i++) {
          Thread.sleep(1_000);
          for (Socket socket : sockets) {
            write(socket, rest.substring(i, i + 1));
          }
        }
      } catch (IOException | InterruptedException e) {
        // the test is over
      }
    }, "slow-header-trickle");
    trickle.setDaemon(true);
    trickle.start();
    try {
      long started = System.nanoTime();
      while (System.nanoTime() - started < Duration.ofSeconds(3).toNanos()) {
        assertHelloAnswersWithin(5, Duration.ofSeconds(1));
        Thread.sleep(200);
      }
    } finally {
      done.set(true);
    }
  }
}
