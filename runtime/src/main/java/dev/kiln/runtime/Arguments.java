package dev.kiln.runtime;

/** Checks of the builder's numeric settings. */
final class Arguments {
  private Arguments() {}

  /**
   * {@code value}, checked to be at least {@code min}.
   *
   * @throws IllegalArgumentException {@code message} followed by the value, if it is less
   */
  static long atLeast(long value, long min, String message) {
    if (value < min) {
      throw new IllegalArgumentException(message + value);
    }
    return value;
  }
}
