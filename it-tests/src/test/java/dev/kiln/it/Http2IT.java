package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.BenchApp;
import dev.kiln.example.HelloController;
import dev.kiln.example.HelloController_Routes;
import dev.kiln.example.ItemsController;
import dev.kiln.example.ItemsController_Routes;
import dev.kiln.it.support.SelfSigned;
import dev.kiln.runtime.KilnServer;
import dev.kiln.server.jetty.KilnJetty;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Version;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP/2 (RFC 9113) on Jetty, opt-in with {@link KilnJetty#providerWithHttp2()}: h2c reached by
 * {@code Upgrade: h2c} (what {@link HttpClient} does for {@code http://}) and by prior knowledge,
 * h2 over TLS chosen by ALPN; the same routes, JSON and problem answers as on HTTP/1.1.
 */
class Http2IT {
  private static final HttpResponse.BodyHandler<String> TEXT = HttpResponse.BodyHandlers.ofString();

  @TempDir
  Path dir;

  private static KilnServer start(KilnServer.Builder builder) throws Exception {
    return builder.port(0)
        .routes(new HelloController_Routes(new HelloController()),
            new ItemsController_Routes(new ItemsController()))
        .start();
  }

  private static HttpRequest.Builder request(String base, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
  }

  @Test
  void h2cByUpgradeServesRoutesJsonAndProblems() throws Exception {
    KilnServer server = start(KilnServer.builder().provider(KilnJetty.providerWithHttp2()));
    try {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient client = HttpClient.newBuilder().version(Version.HTTP_2).build();
      HttpResponse<String> hello = client.send(request(base, "/hello").build(), TEXT);
      assertThat(hello.version()).isEqualTo(Version.HTTP_2);
      assertThat(hello.statusCode()).isEqualTo(200);
      assertThat(hello.body()).isEqualTo("Hello, World!");

      HttpResponse<String> created = client.send(request(base, "/items")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}")).build(), TEXT);
      assertThat(created.version()).isEqualTo(Version.HTTP_2);
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(created.body()).isEqualTo("{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}");

      HttpResponse<String> bad = client.send(request(base, "/items/abc").build(), TEXT);
      assertThat(bad.version()).isEqualTo(Version.HTTP_2);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void h2cByPriorKnowledgeAnswersTheConnectionPrefaceWithSettings() throws Exception {
    KilnServer server = start(KilnServer.builder().provider(KilnJetty.providerWithHttp2()));
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      // the client connection preface, then an empty SETTINGS frame (RFC 9113 section 3.4)
      socket.getOutputStream().write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0});
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      byte[] frameHeader = in.readNBytes(9);
      assertThat(frameHeader).hasSize(9);
      assertThat(frameHeader[3]).as("frame type: SETTINGS").isEqualTo((byte) 4);
      assertThat(frameHeader[8] | frameHeader[7] | frameHeader[6] | frameHeader[5])
          .as("stream 0").isZero();
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void h2OverTlsIsChosenByAlpnAndHttp11StaysAvailable() throws Exception {
    Path store = SelfSigned.keyStore(dir);
    KilnServer server = start(KilnServer.builder().provider(KilnJetty.providerWithHttp2())
        .https(store, SelfSigned.PASSWORD));
    try {
      String base = "https://127.0.0.1:" + server.port();
      for (Version version : Version.values()) {
        HttpClient client = HttpClient.newBuilder().version(version)
            .sslContext(SelfSigned.trusting(store)).build();
        HttpResponse<String> item = client.send(request(base, "/items/42?q=foo").build(), TEXT);
        assertThat(item.version()).isEqualTo(version);
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(item.body()).isEqualTo("{\"id\":42,\"q\":\"foo\"}");
      }
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void jettyWithoutTheOptionStaysOnHttp11() throws Exception {
    KilnServer server = BenchApp.start("127.0.0.1", 0, KilnJetty.provider());
    try {
      HttpClient client = HttpClient.newBuilder().version(Version.HTTP_2).build();
      HttpResponse<String> hello = client.send(
          request("http://127.0.0.1:" + server.port(), "/hello").build(), TEXT);
      assertThat(hello.version()).isEqualTo(Version.HTTP_1_1);
      assertThat(hello.body()).isEqualTo("Hello, World!");
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}
