package dev.kiln.runtime.generated;

import dev.kiln.runtime.Exchange;

/**
 * Reads a value from an HTML form body. The processor generates one per record used as a form
 * body ({@code Item_FormReader::read}).
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface FormReader<T> {
  /** Reads the value; errors are added to the exchange's errors and the result is then {@code null}. */
  T read(Exchange exchange, FormInput form);
}
