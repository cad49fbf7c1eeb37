package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.filter.ForwardingHttpExchange;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JDK exchange a filtered request's {@code Exchange} writes to: it passes every call to the
 * wrapper the filters installed last ({@code FilterExchange.replaceHttp}), and notes whether an
 * answer was started through any of them.
 */
final class SwitchableHttp extends ForwardingHttpExchange {
  private final Tracking server;
  private HttpExchange current;

  SwitchableHttp(HttpExchange server) {
    super(server);
    this.server = new Tracking(server);
    this.current = this.server;
  }

  @Override
  protected HttpExchange delegate() {
    return current;
  }

  void replace(HttpExchange wrapper) {
    current = wrapper;
  }

  /** Whether the status line was sent, by the handler or by a filter. */
  boolean sent() {
    return server.sent;
  }

  /**
   * The server's exchange, noting when the status line is sent, with attributes of its own: the
   * JDK's exchange keeps them in its context, shared by every request.
   */
  private static final class Tracking extends ForwardingHttpExchange {
    boolean sent;
    private Map<String, Object> attributes;

    Tracking(HttpExchange server) {
      super(server);
    }

    @Override
    public void sendResponseHeaders(int status, long length) throws IOException {
      sent = true;
      super.sendResponseHeaders(status, length);
    }

    @Override
    public Object getAttribute(String name) {
      Objects.requireNonNull(name, "name");
      return attributes == null ? null : attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (attributes == null) {
        attributes = new HashMap<>(4);
      }
      if (value == null) {
        attributes.remove(name);
      } else {
        attributes.put(name, value);
      }
    }
  }
}
