package dev.kiln.runtime.filter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Another {@link HttpHandler} answering every request under a path prefix, whatever its method
 * and depth, with the prefix stripped from the path it sees ({@code /legacy/a/b} reaches it as
 * {@code /a/b}, {@code /legacy} as {@code /}): a plain JDK handler, or a second Kiln application
 * ({@code KilnServer.Builder#handler()}). Added with {@code KilnServer.Builder#mount}, mounts run
 * inside every filter, before the routes; the mounted handler answers and closes the exchange as
 * any JDK handler does. A failure it throws before answering is answered 500.
 */
public final class Mount implements Filter {
  private final String prefix;
  private final HttpHandler handler;

  private Mount(String prefix, HttpHandler handler) {
    this.prefix = prefix;
    this.handler = handler;
  }

  /**
   * {@code handler} under {@code prefix} (not {@code /}).
   *
   * @throws IllegalArgumentException if {@code prefix} is {@code /}, does not start with {@code
   *     /}, or has an empty segment, {@code ?}, {@code #} or <code>{</code>
   */
  public static Mount at(String prefix, HttpHandler handler) {
    String normalized = PathPrefix.normalize(prefix);
    if (normalized.equals("/")) {
      throw new IllegalArgumentException("A mount needs a prefix below /; use routes for /");
    }
    return new Mount(normalized, Objects.requireNonNull(handler, "handler"));
  }

  /** The prefix, without a trailing {@code /}. */
  public String prefix() {
    return prefix;
  }

  @Override
  public void filter(FilterExchange exchange, Chain chain) throws Exception {
    if (!PathPrefix.covers(prefix, exchange.rawPath())) {
      chain.proceed();
      return;
    }
    handler.handle(new Stripped(exchange.http(), prefix));
  }

  /** The exchange with the prefix removed from its request URI's path. */
  private static final class Stripped extends ForwardingHttpExchange {
    private final URI uri;

    Stripped(HttpExchange delegate, String prefix) throws URISyntaxException {
      super(delegate);
      URI original = delegate.getRequestURI();
      String rest = original.getRawPath().substring(prefix.length());
      String query = original.getRawQuery();
      this.uri = new URI((rest.isEmpty() ? "/" : rest) + (query == null ? "" : "?" + query));
    }

    @Override
    public URI getRequestURI() {
      return uri;
    }
  }
}
