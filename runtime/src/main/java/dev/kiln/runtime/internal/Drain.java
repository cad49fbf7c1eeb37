package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import dev.kiln.runtime.KilnServer;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

/**
 * The first steps of a graceful stop: the drain hooks, the drain delay, and closing the
 * listening socket while the connections already open are still served.
 *
 * <p>{@code HttpServer} has no call that only closes its listener: {@code stop(delay)} closes it
 * at once, then waits up to {@code delay} seconds for the exchanges in flight before closing
 * every connection. So on the JDK's own provider a daemon thread calls {@code stop} with a delay
 * longer than the stop's timeout, and the stopping thread ends that wait early by calling {@code
 * stop(0)} once the requests in flight are done (the JDK's {@code stop} allows this: the second
 * call marks the server finished, which releases the first); a {@link DrainGuard} keeps the JDK
 * from closing the open connections before then. Other providers may stop serving the open
 * connections as soon as {@code stop} is called (robaho's does), and the guard speaks no TLS, so
 * with them, and with HTTPS, the listener stays open until the end and new connections are
 * answered 503.
 */
final class Drain {
  private Drain() {}

  /** Runs {@code hooks} in order; one that throws is logged and the others still run. */
  static void runHooks(List<KilnServer.Hook> hooks) {
    for (KilnServer.Hook hook : hooks) {
      try {
        hook.run();
      } catch (Exception e) {
        KilnLog.get().log(Level.WARNING, "A drain hook failed; stopping anyway", e);
      }
    }
  }

  /** Sleeps for {@code delay}; returns early (with the interrupt flag set) when interrupted. */
  static void await(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Whether {@link #closeListener} can close the listener of {@code server} alone: the JDK's
   * plain HTTP server (the {@link DrainGuard} speaks no TLS).
   */
  static boolean canCloseListener(HttpServer server) {
    return server.getClass().getName().startsWith(Preinitializer.JDK_SERVER_PACKAGE)
        && !(server instanceof HttpsServer);
  }

  /**
   * Closes the listening socket of {@code server} now, on the JDK's provider ({@link
   * #canCloseListener}; see above); the returned thread ends once the stopping thread has called
   * {@code server.stop(0)}.
   */
  static Thread closeListener(HttpServer server, Duration timeout) {
    int seconds = (int) Math.min(Integer.MAX_VALUE - 1, timeout.toSeconds() + 2);
    Thread closer = new Thread(() -> server.stop(seconds), "kiln-close-listener");
    closer.setDaemon(true);
    closer.start();
    return closer;
  }
}
