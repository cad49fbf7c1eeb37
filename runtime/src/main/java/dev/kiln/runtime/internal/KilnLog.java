package dev.kiln.runtime.internal;

/**
 * Kiln's {@link System.Logger} ({@code dev.kiln}), obtained on first use. Getting a logger from an
 * application class starts the platform's logging back end (a {@code System.LoggerFinder} lookup
 * over the class path, then {@code java.util.logging} reading its configuration): about 15 ms of
 * start-up on one core that a server which logs nothing until its first warning should not pay.
 */
final class KilnLog {
  private KilnLog() {}

  /** The {@code dev.kiln} logger; the first call creates it. */
  static System.Logger get() {
    return Holder.LOG;
  }

  private static final class Holder {
    static final System.Logger LOG = System.getLogger("dev.kiln");
  }
}
