package dev.kiln.runtime.internal;

/**
 * Ends the JVM after an error that leaves it in an unknown state: an {@link OutOfMemoryError},
 * {@link InternalError} or another {@link VirtualMachineError} other than a {@link
 * StackOverflowError} (which unwinds cleanly and stays a 500 for its request, as every other
 * {@link Error} does). A server that stays up half-dead (timer threads gone, the dispatcher
 * blocked) answers nothing and ignores SIGTERM; one that exits with {@value #EXIT_STATUS} is
 * restarted by its supervisor. The status is the one of the JVM's {@code
 * -XX:+ExitOnOutOfMemoryError}.
 */
final class FailFast {
  /** The process exit status after a fatal error. */
  static final int EXIT_STATUS = 3;

  private FailFast() {}

  /** Whether {@code error} leaves the JVM in an unknown state. */
  static boolean isFatal(Throwable error) {
    return error instanceof VirtualMachineError && !(error instanceof StackOverflowError);
  }

  /**
   * Installs {@link #uncaught} as the JVM's default uncaught-exception handler, unless the
   * application set one: a fatal error in the JDK server's own threads then ends the JVM too.
   */
  static synchronized void installDefaultHandler() {
    if (Thread.getDefaultUncaughtExceptionHandler() == null) {
      Thread.setDefaultUncaughtExceptionHandler(FailFast::uncaught);
    }
  }

  /** Prints the failure as the JVM does by default; halts if it is fatal. */
  static void uncaught(Thread thread, Throwable failure) {
    if (isFatal(failure)) {
      exit(thread.getName(), failure);
    }
    System.err.print("Exception in thread \"" + thread.getName() + "\" ");
    failure.printStackTrace(System.err);
  }

  /**
   * Prints one line to standard error (no logging: memory may be short) and halts the JVM with
   * {@link #EXIT_STATUS}, without shutdown hooks (a graceful stop would wait on a broken heap).
   */
  static void exit(String where, Throwable failure) {
    try {
      System.err.println("Kiln: fatal " + failure + " in " + where + "; exiting with status "
          + EXIT_STATUS + " so that a supervisor restarts the server");
      System.err.flush();
    } finally {
      Runtime.getRuntime().halt(EXIT_STATUS);
    }
  }
}
