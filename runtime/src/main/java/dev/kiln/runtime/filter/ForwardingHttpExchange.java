package dev.kiln.runtime.filter;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/**
 * An {@link HttpExchange} passing every call to another: the base of the wrappers a {@link
 * Filter} installs with {@link FilterExchange#replaceHttp} (override {@link
 * #sendResponseHeaders} and {@link #getResponseBody} to see or transform the answer).
 */
public abstract class ForwardingHttpExchange extends HttpExchange {
  private final HttpExchange delegate;

  /** A wrapper passing every call to {@code delegate}. */
  protected ForwardingHttpExchange(HttpExchange delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** The wrapped exchange, which every method calls. */
  protected HttpExchange delegate() {
    return delegate;
  }

  @Override
  public Headers getRequestHeaders() {
    return delegate().getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return delegate().getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return delegate().getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return delegate().getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return delegate().getHttpContext();
  }

  @Override
  public void close() {
    delegate().close();
  }

  @Override
  public InputStream getRequestBody() {
    return delegate().getRequestBody();
  }

  @Override
  public OutputStream getResponseBody() {
    return delegate().getResponseBody();
  }

  @Override
  public void sendResponseHeaders(int status, long length) throws IOException {
    delegate().sendResponseHeaders(status, length);
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return delegate().getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return delegate().getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return delegate().getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return delegate().getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return delegate().getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    delegate().setAttribute(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    delegate().setStreams(in, out);
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return delegate().getPrincipal();
  }
}
