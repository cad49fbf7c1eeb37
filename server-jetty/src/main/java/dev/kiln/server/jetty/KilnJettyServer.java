package dev.kiln.server.jetty;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.http.UriCompliance.Violation;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty's adapter server with Kiln's limits on every connector it binds:
 *
 * <ul>
 *   <li>request line and header section: at most {@code sun.net.httpserver.maxReqHeaderSize}
 *       bytes, the limit Kiln sets for the JDK's server (64 KiB unless set); Jetty answers 414 or
 *       431 beyond it;
 *   <li>the listen backlog given to {@code bind} (the adapter ignores it);
 *   <li>no {@code Server} header; {@code Date} on every answer;
 *   <li>request targets with an encoded {@code /}, {@code %}, {@code .} or an empty segment and
 *       with bad percent-encoding or bad UTF-8 reach Kiln ({@link #URI_COMPLIANCE}), which reads
 *       the raw path, decodes it per segment and answers malformed ones with a 400 problem, as on
 *       the JDK's server; Jetty still refuses illegal characters, user info and fragments.
 * </ul>
 *
 * <p>Request bodies are limited by Kiln ({@code maxBodySize}), not by Jetty.
 */
final class KilnJettyServer extends JettyHttpServer {
  /** The header section limit when the JDK's property is not set: Kiln's default. */
  static final int DEFAULT_HEADER_SIZE = 64 * 1024;

  /** Jetty's RFC 3986 compliance plus the ambiguities and bad encodings Kiln answers itself. */
  static final UriCompliance URI_COMPLIANCE = UriCompliance.RFC3986.with("KILN",
      Violation.AMBIGUOUS_PATH_SEPARATOR, Violation.AMBIGUOUS_PATH_ENCODING,
      Violation.AMBIGUOUS_PATH_SEGMENT, Violation.AMBIGUOUS_EMPTY_SEGMENT,
      Violation.BAD_PERCENT_ENCODING, Violation.BAD_UTF8_ENCODING,
      Violation.TRUNCATED_UTF8_ENCODING, Violation.UTF16_ENCODINGS);

  KilnJettyServer(Server server) {
    super(server, false);
  }

  @Override
  public void bind(InetSocketAddress address, int backlog) throws IOException {
    super.bind(address, backlog);
    int headerSize = Integer.getInteger("sun.net.httpserver.maxReqHeaderSize", DEFAULT_HEADER_SIZE);
    for (Connector connector : getServer().getConnectors()) {
      if (connector instanceof ServerConnector server && backlog > 0) {
        server.setAcceptQueueSize(backlog);
      }
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        configure(http.getHttpConfiguration(), headerSize);
      }
    }
  }

  private static void configure(HttpConfiguration config, int headerSize) {
    config.setRequestHeaderSize(headerSize);
    config.setSendServerVersion(false);
    config.setSendDateHeader(true);
    config.setUriCompliance(URI_COMPLIANCE);
  }
}
