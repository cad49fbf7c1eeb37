package dev.kiln.runtime.internal;

import dev.kiln.runtime.KilnServer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Safe defaults for the limits the JDK's HTTP server ({@code sun.net.httpserver.ServerImpl})
 * enforces itself. It reads them from system properties once per JVM, when its first server is
 * created, so Kiln sets each one that the user has not set before it creates its first server.
 * A property set on the command line ({@code -D}) or before {@link KilnServer.Builder#start()}
 * always wins. docs/reliability.md lists them with the JDK's own defaults.
 */
public final class ServerProperties {
  /** Kiln's defaults, by property name. */
  public static final Map<String, String> DEFAULTS = defaults();

  private ServerProperties() {}

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    // JDK: 200 headers; more close the connection without an answer
    defaults.put("sun.net.httpserver.maxReqHeaders", "100");
    // JDK: 380 KiB of request line and headers; more close the connection without an answer
    defaults.put("sun.net.httpserver.maxReqHeaderSize", Integer.toString(64 * 1024));
    // JDK: forever; seconds from the first byte of a request until its body was read
    defaults.put("sun.net.httpserver.maxReqTime", "60");
    // JDK: 200; past it a kept-alive connection is closed after its answer without "Connection:
    // close", which a client sees as a reset on its next request (the soak test on JDK 25)
    defaults.put("sun.net.httpserver.maxIdleConnections", "1000");
    // JDK: off (Nagle's algorithm delays small answers on kept-alive connections)
    defaults.put("sun.net.httpserver.nodelay", "true");
    return java.util.Collections.unmodifiableMap(defaults);
  }

  /**
   * The header limit {@code sun.net.httpserver.maxReqHeaders} (the JDK's server's own; Kiln
   * applies it on every provider): the property if set to a positive number, else Kiln's default.
   */
  static int maxHeaders() {
    String name = "sun.net.httpserver.maxReqHeaders";
    int value = Integer.getInteger(name, 0);
    return value > 0 ? value : Integer.parseInt(DEFAULTS.get(name));
  }

  /** Sets each default whose property is not set yet; returns the ones set. */
  static synchronized Map<String, String> applyDefaults() {
    Map<String, String> applied = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : DEFAULTS.entrySet()) {
      if (System.getProperty(entry.getKey()) == null) {
        System.setProperty(entry.getKey(), entry.getValue());
        applied.put(entry.getKey(), entry.getValue());
      }
    }
    return applied;
  }
}
