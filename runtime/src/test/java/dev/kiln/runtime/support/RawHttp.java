package dev.kiln.runtime.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, for what {@code java.net.http} cannot send on
 * {@code --release 17} (HEAD) or hides (the exact bytes after the headers).
 */
public final class RawHttp {
  public final int status;
  /** Header names in lower case; the last value wins. */
  public final Map<String, String> headers;
  /** Everything after the blank line that ends the headers. */
  public final byte[] rest;

  private RawHttp(int status, Map<String, String> headers, byte[] rest) {
    this.status = status;
    this.headers = headers;
    this.rest = rest;
  }

  /** Sends {@code method target} with {@code Connection: close} and reads until the server closes. */
  public static RawHttp send(int port, String method, String target, String... headerLines)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:"
          + port + "\r\nConnection: close\r\n");
      for (String line : headerLines) {
        head.append(line).append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return parse(all.toByteArray());
    }
  }

  private static RawHttp parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("No complete header block: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] rest = new byte[bytes.length - end - 4];
    System.arraycopy(bytes, end + 4, rest, 0, rest.length);
    return new RawHttp(status, headers, rest);
  }

  /** The content of a chunked body (RFC 9112 section 7.1), without chunk extensions or trailers. */
  public static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOfCrlf(chunked, at);
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        return content.toByteArray();
      }
      content.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("No chunk size line at " + from);
  }
}
