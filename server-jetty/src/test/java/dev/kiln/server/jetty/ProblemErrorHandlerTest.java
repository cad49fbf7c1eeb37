package dev.kiln.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What Jetty refuses before Kiln sees the request is answered as RFC 9457 problem details, not
 * as Jetty's HTML page: raw requests on a socket, exact status line, type and body.
 */
@Timeout(30)
class ProblemErrorHandlerTest {
  private static HttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = KilnJetty.provider().createHttpServer(null, 0);
    server.bind(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void aRequestWithoutHostIsAProblem() throws IOException {
    String answer = exchange("GET /x HTTP/1.1\r\nAccept: text/html\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400 ");
    assertThat(header(answer, "Content-Type")).isEqualTo("application/problem+json");
    assertThat(body(answer)).isEqualTo("{\"type\":\"https://kiln.dev/problems/invalid-request\","
        + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"No Host\"}");
  }

  @Test
  void anOverlongTargetIsA414Problem() throws IOException {
    String answer = exchange("GET /x?q=" + "a".repeat(70 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 414 ");
    assertThat(header(answer, "Content-Type")).isEqualTo("application/problem+json");
    assertThat(body(answer)).startsWith("{\"type\":\"https://kiln.dev/problems/http-414\","
        + "\"title\":\"URI Too Long\",\"status\":414,\"detail\":\"");
  }

  @Test
  void theDetailIsCleanedAndBounded() {
    String json = new String(ProblemErrorHandler.problemJson(400, "bad\u0001" + "x".repeat(300)),
        StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"type\":\"https://kiln.dev/problems/invalid-request\","
        + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"bad?"
        + "x".repeat(ProblemErrorHandler.MAX_DETAIL - 4) + "\"}");
    assertThat(new String(ProblemErrorHandler.problemJson(431, null), StandardCharsets.UTF_8))
        .contains("\"detail\":\"The server refused the request (431) before reading it.\"");
  }

  @Test
  void anAcceptedRequestStillReachesTheHandler() throws IOException {
    assertThat(exchange("GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 204 ");
  }

  private static String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static String header(String answer, String name) {
    for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return null;
  }

  private static String body(String answer) {
    return answer.substring(answer.indexOf("\r\n\r\n") + 4);
  }
}
