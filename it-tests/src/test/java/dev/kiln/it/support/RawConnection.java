package dev.kiln.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One kept-alive HTTP/1.1 connection on a plain socket: write any bytes (pipelined requests, a
 * body in pieces, malformed requests) and read answers one at a time, framed by their {@code
 * Content-Length} or chunked encoding, without waiting for the server to close.
 */
public final class RawConnection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects to 127.0.0.1:{@code port} with a 10 s read timeout. */
  public static RawConnection open(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(10_000);
    return new RawConnection(socket);
  }

  /** The socket, e.g. to change its timeout. */
  public Socket socket() {
    return socket;
  }

  /** Writes {@code text} as ISO-8859-1 bytes and flushes. */
  public RawConnection write(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return this;
  }

  /** Reads the next answer; {@code head} for an answer to HEAD (no body whatever the length). */
  public Answer read(boolean head) throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before an answer");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String line;
    while ((line = line()) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (head || status == 100 || status == 204 || status == 304) {
      // no body
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      int size;
      while ((size = Integer.parseInt(line().trim(), 16)) > 0) {
        body.write(in.readNBytes(size));
        line();
      }
      line();
    } else if (headers.containsKey("content-length")) {
      body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
    } else {
      in.transferTo(body);
    }
    return new Answer(statusLine, status, headers, body.toString(StandardCharsets.UTF_8));
  }

  /** Reads the next answer to a request other than HEAD. */
  public Answer read() throws IOException {
    return read(false);
  }

  /** Whether the server closed the connection (reads end of stream, or a reset) within the timeout. */
  public boolean closedByServer() {
    try {
      return in.read() < 0;
    } catch (IOException e) {
      return !(e instanceof java.net.SocketTimeoutException);
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      bytes.write(b);
    }
    if (b < 0 && bytes.size() == 0) {
      return null;
    }
    return bytes.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /**
   * One answer.
   *
   * @param statusLine e.g. {@code HTTP/1.1 200 OK}
   * @param status the status code
   * @param headers header names in lower case; the last value wins
   * @param body the body as UTF-8
   */
  public record Answer(String statusLine, int status, Map<String, String> headers, String body) {
    /** {@code name}'s value (any case), or {@code null}. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The header names. */
    public List<String> headerNames() {
      return List.copyOf(headers.keySet());
    }
  }
}
