package dev.kiln.runtime.generated;

/**
 * Reads a value from JSON. The processor generates one per record ({@code Item_JsonReader::read}).
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface JsonReader<T> {
  /**
   * Reads the value at the input's current token. Errors are added to the input's {@link
   * RequestErrors}; the result is then {@code null}, and reading still moves past the value.
   */
  T read(JsonInput input);
}
