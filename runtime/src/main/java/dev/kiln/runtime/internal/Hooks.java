package dev.kiln.runtime.internal;

import dev.kiln.runtime.KilnServer;
import java.lang.System.Logger.Level;
import java.util.List;

/** Runs the start-up and shutdown hooks of a server. */
final class Hooks {
  private Hooks() {}

  /**
   * Runs {@code hooks} in order.
   *
   * @throws IllegalStateException naming the first hook that failed and its failure (the rest
   *     do not run)
   */
  static void runStartHooks(List<KilnServer.Hook> hooks) {
    for (int i = 0; i < hooks.size(); i++) {
      try {
        hooks.get(i).run();
      } catch (Exception e) {
        throw new IllegalStateException("Kiln did not start: start-up hook " + (i + 1) + " of "
            + hooks.size() + " failed: " + e, e);
      }
    }
  }

  /** Runs {@code hooks} in order; a failure is logged and the next hooks still run. */
  static void runStopHooks(List<KilnServer.Hook> hooks) {
    for (int i = 0; i < hooks.size(); i++) {
      try {
        hooks.get(i).run();
      } catch (Exception | LinkageError e) {
        KilnLog.get().log(Level.ERROR, "Shutdown hook " + (i + 1) + " of " + hooks.size()
            + " failed", e);
      }
    }
  }
}
