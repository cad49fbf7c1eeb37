package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.RawResponse;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input the JDK's parser lets through (issue 12): {@code Host} (RFC 9112 section 3.2), {@code
 * Content-Length} digits (RFC 9110 section 8.6), and chunked bodies it cannot read; each a 400
 * problem with {@code Connection: close}, after which the server closes the connection at once.
 */
class RequestChecksTest {
  private static KilnServer server;

  @BeforeAll
  static void start() throws IOException {
    server = KilnServer.builder().port(0)
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .route(Route.of("POST", "/upload", ex ->
            ex.respondText(200, "read " + ex.requestBody().readAllBytes().length)))
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  /** Sends {@code request}, reads the answer and checks the server closed the connection then. */
  private static RawResponse send(String request, boolean closed) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      if (closed) {
        assertThat(socket.getInputStream().read()).as("closed after %s", response).isEqualTo(-1);
      }
      return response;
    }
  }

  private static void assertBadRequest(String request, String detail) throws IOException {
    RawResponse response = send(request, true);
    assertThat(response.status).as("%s", response).isEqualTo(400);
    assertThat(response.headers).containsEntry("content-type", "application/problem+json")
        .containsEntry("connection", "close");
    assertThat(response.body).contains("\"detail\":\"" + detail + "\"");
  }

  @Test
  void anHttp11RequestNeedsExactlyOneHost() throws IOException {
    assertBadRequest("GET /hello HTTP/1.1\r\n\r\n", "An HTTP/1.1 request needs a Host header.");
    assertBadRequest("GET /hello HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "The request has 2 Host headers; one is allowed.");
    assertThat(send("GET /hello HTTP/1.0\r\n\r\n", false).status).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "x:abc", "[::1", "[zz]", "h\u00e9", "a@b", "a b", "x:1:2"})
  void aHostThatIsNotHostPortIsRefused(String host) throws IOException {
    assertBadRequest("GET /hello HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
        "The Host header is not a valid host[:port].");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "localhost", "localhost:8080", "127.0.0.1:1", "[::1]:8080",
      "[::1]", "example.com:", "xn--bcher-kva.example", "a%20b"})
  void validHostsAreServed(String host) throws IOException {
    assertThat(send("GET /hello HTTP/1.1\r\nHost: " + host + "\r\n\r\n", false).body)
        .isEqualTo("hello");
  }

  @Test
  void aContentLengthThatIsNotDigitsIsAProblem() throws IOException {
    assertBadRequest("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: +2\r\n\r\nab",
        "The Content-Length header is not a decimal number of bytes.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"80000000", "FFFFFFFFFF", "zz", "-1"})
  void aChunkSizeTheJdkCannotReadIsA400(String size) throws IOException {
    assertBadRequest("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + size + "\r\nabc\r\n0\r\n\r\n", UNREADABLE);
  }

  @Test
  void aTrailerSectionIsA400() throws IOException {
    assertBadRequest("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "3\r\nabc\r\n0\r\nX-Checksum: 1\r\n\r\n", UNREADABLE);
    assertThat(send("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "3\r\nabc\r\n0\r\n\r\n", false).body).isEqualTo("read 3");
  }

  private static final String UNREADABLE = "The request body could not be read: its chunked"
      + " encoding is malformed, has a trailer section, or it ended early.";

  @Test
  void hostGrammar() {
    assertThat(RequestChecks.isHost("example.com:443")).isTrue();
    assertThat(RequestChecks.isHost("[2001:db8::1]:443")).isTrue();
    assertThat(RequestChecks.isHost("[]")).isFalse();
    assertThat(RequestChecks.isHost("a\tb")).isFalse();
  }

  @Test
  void fieldNameGrammar() {
    assertThat(RequestChecks.isFieldName("X-Request-Id")).isTrue();
    assertThat(RequestChecks.isFieldName("a!#$%&'*+-.^_`|~9")).isTrue();
    assertThat(RequestChecks.isFieldName("Bad(name)")).isFalse();
    assertThat(RequestChecks.isFieldName("Host ")).isFalse();
    assertThat(RequestChecks.isFieldName("na\u00efve")).isFalse();
    assertThat(RequestChecks.isFieldName("")).isFalse();
  }

  @Test
  void aTargetOverTheLimitIs414AndClosesTheConnection() {
    assertThat(RequestChecks.targetLength(URI.create("/items?q=ab"))).isEqualTo(11);
    assertThat(RequestChecks.targetLength(URI.create("http://h:1/items"))).isEqualTo(6);
    // the length check comes first: no exchange is needed to reach it
    assertThatThrownBy(() -> RequestChecks.check(null, 65, 64))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problem().status()).isEqualTo(414);
          assertThat(e.problem().detail())
              .isEqualTo("The request target is longer than 64 characters.");
          assertThat(e.headers()).containsEntry("Connection", "close");
        });
  }
}
