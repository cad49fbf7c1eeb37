package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteExchange;
import java.util.Set;

/** The tests' way into the server's internals (which are package-private). */
public final class InternalFixtures {
  private InternalFixtures() {}

  /** The exchange the dispatcher makes for {@code http}, with the default limits. */
  public static RouteExchange exchange(HttpExchange http, String rawPath) {
    return exchange(http, rawPath, KilnServer.Builder.DEFAULT_MAX_BODY_SIZE);
  }

  /** The exchange the dispatcher makes for {@code http}, reading at most {@code maxBodySize}. */
  public static RouteExchange exchange(HttpExchange http, String rawPath, long maxBodySize) {
    return new JdkExchange(http, rawPath, new BodyConfig(maxBodySize, null));
  }

  /** {@link #exchange(HttpExchange, String)} as its class, for this package's tests. */
  static JdkExchange jdkExchange(HttpExchange http, String rawPath) {
    return new JdkExchange(http, rawPath,
        new BodyConfig(KilnServer.Builder.DEFAULT_MAX_BODY_SIZE, null));
  }

  /** The {@code sun.net.httpserver} properties the server sets unless set already. */
  public static Set<String> serverPropertyNames() {
    return ServerProperties.DEFAULTS.keySet();
  }

  /** The JDK server's connection cap property the server sets. */
  public static String maxConnectionsProperty() {
    return ServerProperties.MAX_CONNECTIONS;
  }
}
