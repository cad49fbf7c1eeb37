package dev.kiln.it.apps;

import dev.kiln.annotations.Post;
import java.util.List;

/** A test-only route echoing a body of every number type and nested lists, for JSON limits. */
public final class NumbersController {
  /** A body with one field per number type. */
  public record Numbers(int i, long l, double d, List<List<String>> nested) {}

  /** Echoes the body. */
  @Post("/numbers")
  public Numbers echo(Numbers numbers) {
    return numbers;
  }
}
