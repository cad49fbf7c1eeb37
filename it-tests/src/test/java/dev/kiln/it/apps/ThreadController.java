package dev.kiln.it.apps;

import dev.kiln.annotations.Get;

/** A test-only route answering the name of the thread that runs the handler. */
public final class ThreadController {
  /** {@link Thread#toString()} of the current thread, e.g. {@code VirtualThread[#42,...]}. */
  @Get("/thread")
  public String thread() {
    return Thread.currentThread().toString();
  }
}
