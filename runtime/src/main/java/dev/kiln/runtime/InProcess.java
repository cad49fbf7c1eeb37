package dev.kiln.runtime;

import com.sun.net.httpserver.HttpHandler;

/**
 * An application run without a server, for in-process tests (kiln-test's in-process mode): its
 * {@link #handler()} answers the exchanges handed to it exactly as the server would (the same
 * filters, mounts, routes, exception handlers and RFC 9457 problem details), on the caller's
 * thread. Made by {@link KilnServer.Builder#startInProcess()}, which runs the start-up hooks and
 * binds nothing; it throws as {@link KilnServer.Builder#start()} does (a failing start-up hook,
 * routes that are not the served document's operations, two routes with one method and
 * template). Background tasks run on the handling thread after the answer.
 */
public interface InProcess extends AutoCloseable {
  /** The application's one handler, which the server would install at context {@code /}. */
  HttpHandler handler();

  /** Runs the drain hooks, then the stop hooks, each once; calling it again does nothing. */
  @Override
  void close();
}
