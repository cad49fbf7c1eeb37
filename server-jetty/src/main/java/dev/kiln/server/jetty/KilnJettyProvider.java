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
 * {@link KilnJettyServer}), and what Jetty answers itself is problem details ({@link
 * ProblemErrorHandler}). It also serves HTTPS ({@link #createHttpsServer}). Usable by name as
 * well: {@code -Dcom.sun.net.httpserver.HttpServerProvider=dev.kiln.server.jetty.KilnJettyProvider}.
 */
public final class KilnJettyProvider extends JettyHttpServerProvider {
  /** Jetty's property for its cache-line hint about object references ({@code MemoryUtils}). */
  static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  private final boolean http2;

  /**
   * A provider; every server it creates is independent of the others. Sets {@value
   * #REFERENCES_PER_CACHE_LINE} if unset (see {@link #referencesPerCacheLine}).
   */
  public KilnJettyProvider() {
    this(false);
  }

  /** A provider whose servers also speak HTTP/2 if {@code http2} ({@link KilnJetty#providerWithHttp2}). */
  KilnJettyProvider(boolean http2) {
    this.http2 = http2;
    synchronized (KilnJettyProvider.class) {
      if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
        System.setProperty(REFERENCES_PER_CACHE_LINE,
            Integer.toString(referencesPerCacheLine(Runtime.getRuntime().maxMemory())));
      }
    }
  }

  /**
   * Jetty's hint of how many object references fit in a cache line, as Jetty would compute it
   * (cache line bytes over the reference size) but without its probe: unset, Jetty's {@code
   * MemoryUtils} asks the platform MBean server for the JVM's {@code UseCompressedOops}, which
   * registers every platform MBean (JFR's commands included) and costs a fresh JVM 0.3 to 1 s of
   * CPU before Jetty's first server starts. References are taken as compressed (4 bytes) below a
   * 32 GiB heap ({@code maxHeapBytes}), the JVM's default, else 8 bytes. Jetty 12.1 reads the
   * value nowhere else, so a wrong guess (a JVM run with {@code -XX:-UseCompressedOops}) changes
   * nothing; set the property to override it.
   */
  static int referencesPerCacheLine(long maxHeapBytes) {
    int cacheLine = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
    return cacheLine / (maxHeapBytes < 32L * 1024 * 1024 * 1024 ? 4 : 8);
  }

  /** A new Jetty server; unbound if {@code address} is {@code null}. */
  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    return create(address, backlog, http2);
  }

  /**
   * A new Jetty server that serves HTTPS once given an {@code HttpsConfigurator} (before it is
   * bound); unbound if {@code address} is {@code null}.
   */
  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    return create(address, backlog, http2);
  }

  private static KilnJettyServer create(InetSocketAddress address, int backlog, boolean http2)
      throws IOException {
    // the adapter's own thread pool until the executor is set, as JettyHttpServerProvider does
    Server server = new Server(new DelegatingThreadPool(new QueuedThreadPool()));
    server.setHandler(new ContextHandlerCollection(true));
    server.setErrorHandler(new ProblemErrorHandler());
    KilnJettyServer jetty = new KilnJettyServer(server, http2);
    if (address != null) {
      jetty.bind(address, backlog);
    }
    return jetty;
  }
}
