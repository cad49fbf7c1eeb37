package dev.kiln.server.robaho;

import java.util.Map;
import robaho.net.httpserver.DefaultHttpServerProvider;

/**
 * robaho's {@code HttpServerProvider} with Kiln's defaults. robaho reads its settings from system
 * properties once per JVM, when its first server is created, so each one the user has not set is
 * set when this provider is created:
 *
 * <ul>
 *   <li>{@code robaho.net.httpserver.nodelay=true}: TCP_NODELAY (robaho leaves Nagle's algorithm
 *       on, which delays small answers on kept-alive connections);
 *   <li>{@code robaho.net.httpserver.maxIdleConnections=1000}, as Kiln sets for the JDK's server.
 * </ul>
 *
 * <p>robaho enforces no header count or request body limit: Kiln does ({@code maxBodySize}, and
 * 431 past {@code sun.net.httpserver.maxReqHeaders} header names). Usable by name as well: {@code
 * -Dcom.sun.net.httpserver.HttpServerProvider=dev.kiln.server.robaho.KilnRobahoProvider}.
 */
public final class KilnRobahoProvider extends DefaultHttpServerProvider {
  /** Kiln's defaults, by property name. */
  public static final Map<String, String> DEFAULTS = Map.of(
      "robaho.net.httpserver.nodelay", "true",
      "robaho.net.httpserver.maxIdleConnections", "1000");

  /** A provider; sets Kiln's defaults for robaho's properties not set yet. */
  public KilnRobahoProvider() {
    synchronized (KilnRobahoProvider.class) {
      DEFAULTS.forEach((name, value) -> {
        if (System.getProperty(name) == null) {
          System.setProperty(name, value);
        }
      });
    }
  }
}
