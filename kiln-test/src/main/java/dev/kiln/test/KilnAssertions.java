package dev.kiln.test;

/** Entry point of kiln-test's AssertJ assertions: {@code assertThat(response).hasStatus(200)}. */
public final class KilnAssertions {
  private KilnAssertions() {}

  /** Assertions on {@code response}. */
  public static ResponseAssert assertThat(KilnResponse response) {
    return new ResponseAssert(response);
  }
}
