package dev.kiln.runtime.internal;

import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Chooses the {@link HttpServerProvider} a Kiln server runs on, explicitly rather than by
 * whichever jar comes first on the class path: the builder's provider if one was given; else the
 * one named by the standard system property {@value #PROPERTY}; else the JDK's own server, also
 * when another provider (Jetty's, robaho's) is on the class path.
 */
final class ServerProviders {
  /** The standard system property naming a provider class ({@link HttpServerProvider#provider()}). */
  static final String PROPERTY = "com.sun.net.httpserver.HttpServerProvider";
  /** The JDK's built-in provider (module {@code jdk.httpserver}, JDK 17 to 25). */
  static final String JDK_PROVIDER = "sun.net.httpserver.DefaultHttpServerProvider";

  private ServerProviders() {}

  /**
   * {@code chosen} if not {@code null}; otherwise {@link HttpServerProvider#provider()} after
   * naming the JDK's provider in {@value #PROPERTY} when that property is unset. The JDK keeps
   * the first provider it found for the life of the JVM: if some code created a server before
   * Kiln did, that provider stays (the start-up line names it).
   */
  static synchronized HttpServerProvider resolve(HttpServerProvider chosen) {
    if (chosen != null) {
      return chosen;
    }
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, JDK_PROVIDER);
    }
    return HttpServerProvider.provider();
  }

  /**
   * The address to bind {@code host}:{@code port}, resolved now but keeping {@code host} as its
   * name, so that no provider looks its name up in reverse (Jetty's adapter binds by host name).
   *
   * @throws IOException if {@code host} does not resolve
   */
  static InetSocketAddress address(String host, int port) throws IOException {
    InetAddress resolved = InetAddress.getByName(host);
    return new InetSocketAddress(InetAddress.getByAddress(host, resolved.getAddress()), port);
  }
}
