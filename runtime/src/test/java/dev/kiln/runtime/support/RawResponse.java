package dev.kiln.runtime.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 answer from a socket's input framed by its {@code Content-Length} (or with
 * no body), without waiting for the server to close: for tests that keep the connection open
 * (a body still being sent, pipelined requests).
 */
public final class RawResponse {
  public final int status;
  /** Header names in lower case; the last value wins. */
  public final Map<String, String> headers;
  public final String body;

  private RawResponse(int status, Map<String, String> headers, String body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** Sends {@code request} (raw bytes, ISO-8859-1) on a new connection and reads its answer. */
  public static RawResponse exchange(int port, String request) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return read(socket.getInputStream(), request.startsWith("HEAD "));
    }
  }

  /** Reads the next answer; {@code head} for an answer to HEAD (no body whatever the length). */
  public static RawResponse read(InputStream in, boolean head) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    String statusLine = null;
    Map<String, String> headers = new LinkedHashMap<>();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the header block after "
            + (statusLine == null ? line.toString(StandardCharsets.ISO_8859_1) : statusLine));
      }
      if (b != '\n') {
        line.write(b);
        continue;
      }
      String text = line.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
      line.reset();
      if (statusLine == null) {
        statusLine = text;
      } else if (text.isEmpty()) {
        break;
      } else {
        int colon = text.indexOf(':');
        headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            text.substring(colon + 1).trim());
      }
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    String length = headers.get("content-length");
    byte[] body = new byte[0];
    if (!head && length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    }
    return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return status + " " + headers + " " + body;
  }
}
