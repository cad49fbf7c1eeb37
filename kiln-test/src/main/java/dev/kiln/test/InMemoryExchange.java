package dev.kiln.test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request handed straight to an application's handler, its answer kept in memory. The
 * response framing is the JDK server's (RFC 9112 section 6): {@code sendResponseHeaders(status,
 * length)} adds {@code Date}, then {@code Content-length: length}, or {@code Content-length: 0}
 * for -1, or {@code Transfer-encoding: chunked} for 0; a {@code HEAD} answer, a 304, a 204 and a
 * 1xx carry no body, and only the 304 keeps a length the handler set. Writing more than the
 * declared length throws, as on the wire.
 */
final class InMemoryExchange extends HttpExchange {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
  private static final InetSocketAddress LOCAL =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 80);
  private static final InetSocketAddress REMOTE =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 50_000);

  private final String method;
  private final URI uri;
  private final Headers requestHeaders;
  private InputStream requestBody;
  private final Headers responseHeaders = new Headers();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private OutputStream responseBody = new Body(0);
  private final Map<String, Object> attributes = new HashMap<>();
  private final HttpContext context;
  private int status = -1;

  InMemoryExchange(String method, URI uri, Headers requestHeaders, byte[] body,
      HttpContext context) {
    this.method = method;
    this.uri = uri;
    this.requestHeaders = requestHeaders;
    this.requestBody = new ByteArrayInputStream(body);
    this.context = context;
  }

  /** Whether the status line was sent. */
  boolean sent() {
    return status >= 0;
  }

  /** The body as sent so far. */
  byte[] received() {
    return received.toByteArray();
  }

  @Override
  public Headers getRequestHeaders() {
    return requestHeaders;
  }

  @Override
  public Headers getResponseHeaders() {
    return responseHeaders;
  }

  @Override
  public URI getRequestURI() {
    return uri;
  }

  @Override
  public String getRequestMethod() {
    return method;
  }

  @Override
  public HttpContext getHttpContext() {
    return context;
  }

  @Override
  public void close() {
    try {
      requestBody.close();
      responseBody.close();
    } catch (IOException e) {
      // in memory: nothing fails
    }
  }

  @Override
  public InputStream getRequestBody() {
    return requestBody;
  }

  @Override
  public OutputStream getResponseBody() {
    return responseBody;
  }

  @Override
  public void sendResponseHeaders(int code, long length) throws IOException {
    if (sent()) {
      throw new IOException("headers already sent");
    }
    status = code;
    responseHeaders.set("Date", DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
    boolean bodiless = (code >= 100 && code < 200) || code == 204;
    if (bodiless || code == 304 || method.equals("HEAD")) {
      responseBody = new Body(0);
      return;
    }
    if (length == 0) {
      responseHeaders.set("Transfer-encoding", "chunked");
      responseBody = new Body(Long.MAX_VALUE);
    } else {
      long declared = length < 0 ? 0 : length;
      responseHeaders.set("Content-length", Long.toString(declared));
      responseBody = new Body(declared);
    }
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return REMOTE;
  }

  @Override
  public int getResponseCode() {
    return status;
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return LOCAL;
  }

  @Override
  public String getProtocol() {
    return "HTTP/1.1";
  }

  @Override
  public Object getAttribute(String name) {
    return attributes.get(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    if (value == null) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    if (in != null) {
      requestBody = in;
    }
    if (out != null) {
      responseBody = out;
    }
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return null;
  }

  /** The response body: at most {@code limit} bytes, kept in {@link #received}. */
  private final class Body extends OutputStream {
    private final long limit;
    private long written;
    private boolean closed;

    Body(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (closed) {
        throw new IOException("stream is closed");
      }
      if (!sent()) {
        throw new IOException("response headers not sent yet");
      }
      if (length > limit - written) {
        throw new IOException("too many bytes to write to stream");
      }
      written += length;
      received.write(bytes, offset, length);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
