package dev.kiln.test;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands each request to the application's handler as an {@link InMemoryExchange}, on the
 * calling thread: no socket, no server thread, the same dispatcher, filters and problem answers
 * as over the wire.
 */
final class InProcessExchanger implements Exchanger {
  /** The host requests are addressed to ({@code Host} header, base URI). */
  static final String HOST = "localhost";

  private final HttpHandler handler;
  private final HttpContext context;

  InProcessExchanger(HttpHandler handler) {
    this.handler = handler;
    this.context = new Context(handler);
  }

  @Override
  public URI baseUri() {
    return URI.create("http://" + HOST);
  }

  @Override
  public KilnResponse exchange(String method, String path, byte[] body, String... headers) {
    Headers request = new Headers();
    request.set("Host", HOST);
    for (int i = 0; i < headers.length; i += 2) {
      request.add(headers[i], headers[i + 1]);
    }
    if (body != null) {
      request.set("Content-length", Integer.toString(body.length));
    }
    InMemoryExchange exchange = new InMemoryExchange(method, URI.create(path), request,
        body == null ? new byte[0] : body, context);
    try {
      handler.handle(exchange);
    } catch (IOException e) {
      // the dispatcher's way to close the connection after an answer; none sent is a failure
      if (!exchange.sent()) {
        throw new UncheckedIOException(method + " " + path, e);
      }
    }
    if (!exchange.sent()) {
      throw new IllegalStateException(method + " " + path + ": the application sent no answer");
    }
    Map<String, List<String>> answered = new HashMap<>();
    exchange.getResponseHeaders().forEach((name, values) ->
        answered.put(name, new ArrayList<>(values)));
    return new KilnResponse(method, path, exchange.getResponseCode(),
        HttpHeaders.of(answered, (name, value) -> true), exchange.received());
  }

  /** The context {@code /}, as the server's one context. */
  private static final class Context extends HttpContext {
    private final Map<String, Object> attributes = new HashMap<>();
    private final List<Filter> filters = new ArrayList<>();
    private HttpHandler handler;
    private Authenticator authenticator;

    Context(HttpHandler handler) {
      this.handler = handler;
    }

    @Override
    public HttpHandler getHandler() {
      return handler;
    }

    @Override
    public void setHandler(HttpHandler handler) {
      this.handler = handler;
    }

    @Override
    public String getPath() {
      return "/";
    }

    /** None: the application runs without a server. */
    @Override
    public HttpServer getServer() {
      return null;
    }

    @Override
    public Map<String, Object> getAttributes() {
      return attributes;
    }

    @Override
    public List<Filter> getFilters() {
      return filters;
    }

    @Override
    public Authenticator setAuthenticator(Authenticator auth) {
      Authenticator previous = authenticator;
      authenticator = auth;
      return previous;
    }

    @Override
    public Authenticator getAuthenticator() {
      return authenticator;
    }
  }
}
