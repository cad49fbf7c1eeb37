package dev.kiln.runtime.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * An in-memory {@link HttpExchange} for benchmarks: a fixed request, the answer kept in memory.
 * Both the Kiln side and the hand-written side of a benchmark get the same stub, so its own cost
 * (two {@link Headers}, the streams) is the same on both sides.
 */
final class StubHttpExchange extends HttpExchange {
  private final String method;
  private final URI uri;
  private final Headers requestHeaders = new Headers();
  private final Headers responseHeaders = new Headers();
  private final InputStream requestBody;
  private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream(256);
  private int responseCode = -1;

  StubHttpExchange(String method, URI uri, String contentType, byte[] body) {
    this.method = method;
    this.uri = uri;
    if (contentType != null) {
      requestHeaders.set("Content-Type", contentType);
    }
    this.requestBody = new ByteArrayInputStream(body);
  }

  @Override public Headers getRequestHeaders() { return requestHeaders; }
  @Override public Headers getResponseHeaders() { return responseHeaders; }
  @Override public URI getRequestURI() { return uri; }
  @Override public String getRequestMethod() { return method; }
  @Override public HttpContext getHttpContext() { return null; }
  @Override public void close() {}
  @Override public InputStream getRequestBody() { return requestBody; }
  @Override public OutputStream getResponseBody() { return responseBody; }
  @Override public void sendResponseHeaders(int code, long length) { responseCode = code; }
  @Override public InetSocketAddress getRemoteAddress() { return null; }
  @Override public int getResponseCode() { return responseCode; }
  @Override public InetSocketAddress getLocalAddress() { return null; }
  @Override public String getProtocol() { return "HTTP/1.1"; }
  @Override public Object getAttribute(String name) { return null; }
  @Override public void setAttribute(String name, Object value) {}
  @Override public void setStreams(InputStream i, OutputStream o) {}
  @Override public HttpPrincipal getPrincipal() { return null; }

  /** The bytes answered so far. */
  byte[] answer() {
    return responseBody.toByteArray();
  }
}
