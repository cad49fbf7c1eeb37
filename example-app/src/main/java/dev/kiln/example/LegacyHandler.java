package dev.kiln.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A plain JDK {@link HttpHandler}, as an existing application would have one, mounted at {@code
 * /legacy} (the Flask side of a Flask + FastAPI hybrid): it answers every method and path below
 * the prefix with {@code legacy <method> <path>} as text, seeing the path without {@code /legacy}.
 */
final class LegacyHandler implements HttpHandler {
  @Override
  public void handle(HttpExchange http) throws IOException {
    byte[] body = ("legacy " + http.getRequestMethod() + " " + http.getRequestURI().getRawPath())
        .getBytes(StandardCharsets.UTF_8);
    http.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    if (http.getRequestMethod().equals("HEAD")) {
      http.sendResponseHeaders(200, -1);
    } else {
      http.sendResponseHeaders(200, body.length);
      try (OutputStream out = http.getResponseBody()) {
        out.write(body);
      }
    }
    http.close();
  }
}
