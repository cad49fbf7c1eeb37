package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.filter.ForwardingHttpExchange;
import java.io.IOException;

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

  /** The server's exchange, noting when the status line is sent. */
  private static final class Tracking extends ForwardingHttpExchange {
    boolean sent;

    Tracking(HttpExchange server) {
      super(server);
    }

    @Override
    public void sendResponseHeaders(int status, long length) throws IOException {
      sent = true;
      super.sendResponseHeaders(status, length);
    }
  }
}
