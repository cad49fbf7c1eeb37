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

  /**
   * A provider of Jetty servers configured with Kiln's defaults that speak HTTP/2 (RFC 9113) as
   * well as HTTP/1.1: on plain HTTP, h2c by prior knowledge or by {@code Upgrade: h2c}; on HTTPS
   * ({@code KilnServer.Builder} key store or TLS context), h2 or HTTP/1.1 as the client chooses
   * by ALPN. Kiln's routes, limits and problem answers are the same on both versions.
   */
  public static HttpServerProvider providerWithHttp2() {
    return new KilnJettyProvider(true);
  }
}
