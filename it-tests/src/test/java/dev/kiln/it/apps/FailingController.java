package dev.kiln.it.apps;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Post;

/** Test-only routes whose handlers fail, for the 500 answer. */
public final class FailingController {
  /** The text of the exception the handlers throw; it must never reach a client. */
  public static final String SECRET = "secret-detail-do-not-leak";

  /** Always throws an unchecked exception. */
  @Get("/fail")
  public String fail() {
    throw new IllegalStateException(SECRET);
  }

  /** Always throws an error that is not an exception. */
  @Post("/fail")
  public void failHard() {
    throw new AssertionError(SECRET);
  }
}
