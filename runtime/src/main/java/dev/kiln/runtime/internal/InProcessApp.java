package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpHandler;
import dev.kiln.runtime.InProcess;
import dev.kiln.runtime.KilnServer;
import java.util.List;

/**
 * {@link InProcess}: the application's dispatcher (routes, filters, mounts, exception
 * handlers) without a server; made by {@link KilnServer.Builder#startInProcess()} through {@link
 * JdkKilnServer#startInProcess}.
 */
final class InProcessApp implements InProcess {
  private final HttpHandler handler;
  private final List<KilnServer.Hook> drainHooks;
  private final List<KilnServer.Hook> stopHooks;
  private boolean stopped;

  private InProcessApp(HttpHandler handler, ServerSettings settings) {
    this.handler = handler;
    this.drainHooks = settings.drainHooks();
    this.stopHooks = settings.stopHooks();
  }

  /** Runs the start-up hooks of {@code settings}, then makes its dispatcher; binds nothing. */
  static InProcess start(ServerSettings settings) {
    HttpHandler handler = JdkKilnServer.handler(settings);
    Hooks.runStartHooks(settings.startHooks());
    return new InProcessApp(handler, settings);
  }

  @Override
  public HttpHandler handler() {
    return handler;
  }

  @Override
  public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    Drain.runHooks(drainHooks);
    Hooks.runStopHooks(stopHooks);
  }
}
