package dev.kiln.it.apps;

import dev.kiln.annotations.Get;
import java.util.concurrent.CountDownLatch;

/** A test-only route that takes about a second, for the graceful stop. */
public final class SlowController {
  private final CountDownLatch started;

  /** Counts {@code started} down when a request begins. */
  public SlowController(CountDownLatch started) {
    this.started = started;
  }

  /** Sleeps {@code ms} milliseconds, then answers {@code "slept <ms>"}. */
  @Get("/slow")
  public String slow(int ms) throws InterruptedException {
    started.countDown();
    Thread.sleep(ms);
    return "slept " + ms;
  }
}
