package dev.kiln.client.generated;

import java.io.IOException;

/**
 * Reads the answer of one operation into the type its client method returns ({@link Answers}
 * makes them). Called by generated code only.
 *
 * @param <T> the type read
 */
public interface Answer<T> {
  /**
   * Reads {@code answer}, whose status {@link #accepts} this answer.
   *
   * @throws IOException if the body cannot be read or is not what the operation declares
   */
  T read(Received answer) throws IOException;

  /** Whether this reads an answer of {@code status}; others are {@code ApiException}s. */
  default boolean accepts(int status) {
    return status >= 200 && status <= 299;
  }

  /** Whether the body is handed over as it arrives ({@code InputStream}), not read first. */
  default boolean streams() {
    return false;
  }
}
