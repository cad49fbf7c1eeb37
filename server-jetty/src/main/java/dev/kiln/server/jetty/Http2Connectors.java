package dev.kiln.server.jetty;

import java.util.List;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;

/**
 * HTTP/2 (RFC 9113) on a connector Jetty's adapter has bound for HTTP/1.1, with the same HTTP
 * configuration (Kiln's limits):
 *
 * <ul>
 *   <li>plain connector: {@code h2c} next to HTTP/1.1, reached by prior knowledge (the client
 *       opens with HTTP/2's preface) or by HTTP/1.1's {@code Upgrade: h2c};
 *   <li>TLS connector: {@code h2} or {@code http/1.1} chosen by ALPN (the JDK's), HTTP/1.1 for a
 *       client that offers no ALPN.
 * </ul>
 */
final class Http2Connectors {
  private Http2Connectors() {}

  /**
   * Adds HTTP/2 to {@code connector} unless it has it (the adapter binds again in {@code
   * start()}, once the connector is started).
   */
  static void enable(ServerConnector connector) {
    if (connector.isStarted() || connector.getConnectionFactory("h2c") != null
        || connector.getConnectionFactory("h2") != null) {
      return;
    }
    HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
    SslConnectionFactory tls = connector.getConnectionFactory(SslConnectionFactory.class);
    if (tls == null) {
      connector.addConnectionFactory(new HTTP2CServerConnectionFactory(http.getHttpConfiguration()));
      return;
    }
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", http.getProtocol());
    alpn.setDefaultProtocol(http.getProtocol());
    connector.setConnectionFactories(List.of(
        new SslConnectionFactory(tls.getSslContextFactory(), alpn.getProtocol()),
        alpn,
        new HTTP2ServerConnectionFactory(http.getHttpConfiguration()),
        http));
  }
}
