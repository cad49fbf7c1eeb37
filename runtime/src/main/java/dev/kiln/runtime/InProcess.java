package dev.kiln.runtime;

import com.sun.net.httpserver.HttpHandler;

/**
 * An application run without a server, for in-process tests (kiln-test's in-process mode): its
 * {@link #handler()} answers the exchanges handed to it exactly as the server would (the same
 * filters, mounts, routes, exception handlers and RFC 9457 problem details), on the caller's
 * thread. Made by {@link KilnServer.Builder#startInProcess()}; nothing is bound.
 */
public interface InProcess extends AutoCloseable {
  /** The application's one handler, which the server would install at context {@code /}. */
  HttpHandler handler();

  /** Runs the drain hooks, then the stop hooks, each once; calling it again does nothing. */
  @Override
  void close();
}
