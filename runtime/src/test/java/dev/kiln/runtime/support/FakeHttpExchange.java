package dev.kiln.runtime.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.generated.RouteExchange;
import dev.kiln.runtime.internal.InternalFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An in-memory {@link HttpExchange} for unit tests of code that needs an {@link Exchange}. */
public final class FakeHttpExchange extends HttpExchange {
  private final String method;
  private final URI uri;
  private final Headers requestHeaders = new Headers();
  private final Headers responseHeaders = new Headers();
  private final Map<String, Object> attributes = new HashMap<>();
  private InputStream requestBody = new ByteArrayInputStream(new byte[0]);
  private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
  private int responseCode = -1;
  private long responseLength;

  public FakeHttpExchange(String method, String uri) {
    this.method = method;
    this.uri = URI.create(uri);
  }

  /** A {@link RouteExchange} on a {@code GET} of {@code uri}. */
  public static RouteExchange exchange(String uri) {
    FakeHttpExchange http = new FakeHttpExchange("GET", uri);
    return InternalFixtures.exchange(http, http.uri.getRawPath());
  }

  public FakeHttpExchange body(String contentType, String body) {
    if (contentType != null) {
      requestHeaders.set("Content-Type", contentType);
    }
    requestBody = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public FakeHttpExchange body(String contentType, byte[] body) {
    requestHeaders.set("Content-Type", contentType);
    requestBody = new ByteArrayInputStream(body);
    return this;
  }

  public String responseBodyText() {
    return responseBody.toString(StandardCharsets.UTF_8);
  }

  public long responseLength() {
    return responseLength;
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
    return null;
  }

  @Override
  public void close() {}

  @Override
  public InputStream getRequestBody() {
    return requestBody;
  }

  @Override
  public OutputStream getResponseBody() {
    return responseBody;
  }

  @Override
  public void sendResponseHeaders(int rCode, long responseLength) {
    this.responseCode = rCode;
    this.responseLength = responseLength;
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return new InetSocketAddress("127.0.0.1", 40000);
  }

  @Override
  public int getResponseCode() {
    return responseCode;
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return new InetSocketAddress("127.0.0.1", 8080);
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
    attributes.put(name, value);
  }

  @Override
  public void setStreams(InputStream i, OutputStream o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return null;
  }
}
