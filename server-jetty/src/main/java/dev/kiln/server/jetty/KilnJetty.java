package dev.kiln.server.jetty;

import com.sun.net.httpserver.spi.HttpServerProvider;

/**
 * Kiln on Jetty 12: {@code KilnServer.builder().provider(KilnJetty.provider())}. Jetty's adapter
 * of {@code com.sun.net.httpserver} ({@code jetty-http-spi}) with Kiln's defaults; see {@link
 * KilnJettyProvider}.
 */
public final class KilnJetty {
  private KilnJetty() {}

  /** A provider of Jetty servers configured with Kiln's defaults. */
  public static HttpServerProvider provider() {
    return new KilnJettyProvider();
  }
}
