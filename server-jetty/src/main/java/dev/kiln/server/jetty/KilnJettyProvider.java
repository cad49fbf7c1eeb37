package dev.kiln.server.jetty;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.eclipse.jetty.http.spi.DelegatingThreadPool;
import org.eclipse.jetty.http.spi.JettyHttpServerProvider;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's {@code HttpServerProvider} with Kiln's defaults: each server is its own Jetty {@code
 * Server} (never the adapter's shared static one), and its connectors get Kiln's limits (see
 * {@link KilnJettyServer}). It also serves HTTPS ({@link #createHttpsServer}). Usable by name as
 * well: {@code -Dcom.sun.net.httpserver.HttpServerProvider=dev.kiln.server.jetty.KilnJettyProvider}.
 */
public final class KilnJettyProvider extends JettyHttpServerProvider {
  /** A provider; every server it creates is independent of the others. */
  public KilnJettyProvider() {}

  /** A new Jetty server; unbound if {@code address} is {@code null}. */
  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    return create(address, backlog);
  }

  /**
   * A new Jetty server that serves HTTPS once given an {@code HttpsConfigurator} (before it is
   * bound); unbound if {@code address} is {@code null}.
   */
  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    return create(address, backlog);
  }

  private static KilnJettyServer create(InetSocketAddress address, int backlog)
      throws IOException {
    // the adapter's own thread pool until the executor is set, as JettyHttpServerProvider does
    Server server = new Server(new DelegatingThreadPool(new QueuedThreadPool()));
    server.setHandler(new ContextHandlerCollection(true));
    KilnJettyServer jetty = new KilnJettyServer(server);
    if (address != null) {
      jetty.bind(address, backlog);
    }
    return jetty;
  }
}
