package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The maximum body size: 413 as soon as {@code Content-Length} or the bytes of a chunked body
 * exceed it, answered while the client is still sending (read on a raw socket before the
 * server closes), for every body kind alike: JSON, form, {@code byte[]}, {@code InputStream} and
 * raw {@link Exchange#requestBody()} reads.
 */
@Timeout(30)
class BodyLimitTest {
  private static final int LIMIT = 1_000;
  private static final String TOO_LARGE = "{\"type\":\"https://kiln.dev/problems/content-too-large\","
      + "\"title\":\"Content Too Large\",\"status\":413,"
      + "\"detail\":\"The request body is larger than 1000 bytes.\",\"instance\":\"%s\","
      + "\"errors\":[{\"in\":\"body\",\"pointer\":\"\",\"message\":\"must be at most 1000 bytes\","
      + "\"code\":\"content_too_large\"}]}";

  private static KilnServer server;
  private static KilnServer defaultServer;

  @BeforeAll
  static void start() throws IOException {
    server = KilnServer.builder().port(0).maxBodySize(LIMIT)
        .route(Route.of("POST", "/raw", ex -> { // as an InputStream body parameter reads it
          byte[] all = ex.requestBody().readAllBytes();
          ex.respondText(200, "read " + all.length);
        }))
        .route(Route.of("POST", "/json", ex -> {
          String s = ex.readJson(in -> in.readString());
          ex.respondText(200, "length " + s.length());
        }))
        .route(Route.of("POST", "/bytes",
            ex -> ex.respondText(200, "read " + ex.readBytes().length)))
        .route(Route.of("POST", "/form", ex -> {
          String a = ex.readForm((exchange, form) -> form.first(exchange.errors(), "a"));
          ex.respondText(200, "length " + a.length());
        }))
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .start();
    defaultServer = KilnServer.builder().port(0)
        .route(Route.of("POST", "/raw", ex -> {
          ex.respondText(200, "read " + ex.requestBody().readAllBytes().length);
        }))
        .route(Route.of("POST", "/bytes",
            ex -> ex.respondText(200, "read " + ex.readBytes().length)))
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
    defaultServer.stop(Duration.ZERO);
  }

  private static Socket connect(KilnServer target) throws IOException {
    Socket socket = new Socket("127.0.0.1", target.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static String chunk(int size) {
    return Integer.toHexString(size) + "\r\n" + "x".repeat(size) + "\r\n";
  }

  private static void assertTooLarge(RawResponse response, String path) {
    assertThat(response.status).as("%s", response).isEqualTo(413);
    assertThat(response.headers).containsEntry("content-type", "application/problem+json")
        .containsEntry("connection", "close");
    assertThat(response.body).isEqualTo(String.format(TOO_LARGE, path));
  }

  @Test
  void declaredLengthOverTheLimitIsAnswered413BeforeTheBodyIsSent() throws Exception {
    for (String path : new String[] {"/raw", "/json", "/hello", "/nowhere"}) {
      try (Socket socket = connect(server)) {
        write(socket, "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 20000000\r\n\r\n" + "x".repeat(100));
        assertTooLarge(RawResponse.read(socket.getInputStream(), false), path);
      }
    }
  }

  @Test
  void defaultLimitIsTenMebibytes() throws Exception {
    try (Socket socket = connect(defaultServer)) {
      write(socket, "POST /raw HTTP/1.1\r\nHost: x\r\nContent-Length: "
          + (10 * 1024 * 1024 + 1) + "\r\n\r\n" + "x".repeat(100));
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.status).isEqualTo(413);
      assertThat(response.body).contains("larger than 10485760 bytes");
    }
    try (Socket socket = connect(defaultServer)) {
      int size = 10 * 1024 * 1024;
      write(socket, "POST /raw HTTP/1.1\r\nHost: x\r\nContent-Length: " + size + "\r\n\r\n");
      byte[] block = new byte[64 * 1024];
      Arrays.fill(block, (byte) 'x');
      OutputStream out = socket.getOutputStream();
      for (int sent = 0; sent < size; sent += block.length) {
        out.write(block);
      }
      out.flush();
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.status).isEqualTo(200);
      assertThat(response.body).isEqualTo("read " + size);
    }
  }

  @Test
  void chunkedBodyOverTheLimitIsAnswered413WhileTheClientStillSends() throws Exception {
    for (String path : new String[] {"/raw", "/json", "/bytes", "/form"}) {
      String contentType =
          path.equals("/form") ? "application/x-www-form-urlencoded" : "application/json";
      try (Socket socket = connect(server)) {
        write(socket, "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType
            + "\r\nTransfer-Encoding: chunked\r\n\r\n" + "1\r\n\"\r\n" + chunk(600) + chunk(600));
        // the last chunk is never sent: the server answers without waiting for the rest
        assertTooLarge(RawResponse.read(socket.getInputStream(), false), path);
      }
    }
  }

  @Test
  void chunkedElevenMebibyteByteArrayUploadIsAnswered413() throws Exception {
    try (Socket socket = connect(defaultServer)) {
      write(socket, "POST /bytes HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n");
      // the client sends 11 MiB while the answer is read: the server answers after 10 MiB + 1
      Thread sender = new Thread(() -> {
        String block = chunk(64 * 1024);
        try {
          for (int sent = 0; sent < 11 * 1024 * 1024; sent += 64 * 1024) {
            write(socket, block);
          }
          write(socket, "0\r\n\r\n");
        } catch (IOException e) {
          // the server closed the connection after its answer
        }
      });
      sender.start();
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.status).as("%s", response).isEqualTo(413);
      assertThat(response.headers).containsEntry("connection", "close");
      assertThat(response.body)
          .contains("\"detail\":\"The request body is larger than 10485760 bytes.\"");
      socket.close();
      sender.join();
    }
  }

  @Test
  void everyBodyKindUpToTheLimitIsRead() throws Exception {
    for (String path : new String[] {"/raw", "/bytes"}) {
      try (Socket socket = connect(server)) {
        write(socket, "POST " + path + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + chunk(500) + chunk(500) + "0\r\n\r\n");
        RawResponse response = RawResponse.read(socket.getInputStream(), false);
        assertThat(response.body).as(path).isEqualTo("read 1000");
      }
    }
    try (Socket socket = connect(server)) {
      write(socket, "POST /form HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n"
          + "a=" + "f".repeat(998));
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.body).isEqualTo("length 998");
    }
  }

  @Test
  void bodiesUpToTheLimitAreRead() throws Exception {
    try (Socket socket = connect(server)) {
      write(socket, "POST /raw HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"
          + "y".repeat(1000));
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.status).isEqualTo(200);
      assertThat(response.body).isEqualTo("read 1000");
      // the connection stays usable
      write(socket, "POST /raw HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
          + chunk(500) + chunk(500) + "0\r\n\r\n");
      response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.status).isEqualTo(200);
      assertThat(response.body).isEqualTo("read 1000");
    }
    try (Socket socket = connect(server)) {
      String json = "\"" + "z".repeat(998) + "\"";
      write(socket, "POST /json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: 1000\r\n\r\n" + json);
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.body).isEqualTo("length 998");
    }
  }

  @Test
  void serverStaysHealthyAfterRefusals() throws Exception {
    chunkedBodyOverTheLimitIsAnswered413WhileTheClientStillSends();
    try (Socket socket = connect(server)) {
      write(socket, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
      InputStream in = socket.getInputStream();
      assertThat(RawResponse.read(in, false).body).isEqualTo("hello");
    }
  }
}
