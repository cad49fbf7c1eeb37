package dev.kiln.server.robaho;

import com.sun.net.httpserver.spi.HttpServerProvider;

/**
 * Kiln on robaho's server: {@code KilnServer.builder().provider(KilnRobaho.provider())}. robaho's
 * {@code io.github.robaho:httpserver} with Kiln's defaults; see {@link KilnRobahoProvider}.
 * Needs JDK 21+.
 */
public final class KilnRobaho {
  private KilnRobaho() {}

  /** A provider of robaho servers configured with Kiln's defaults. */
  public static HttpServerProvider provider() {
    return new KilnRobahoProvider();
  }
}
