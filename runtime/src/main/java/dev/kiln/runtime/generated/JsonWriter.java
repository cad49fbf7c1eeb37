package dev.kiln.runtime.generated;

import tools.jackson.core.JsonGenerator;

/**
 * Writes a value as JSON. The processor generates one per record ({@code Item_JsonWriter::write}).
 *
 * @param <T> the type written
 */
@FunctionalInterface
public interface JsonWriter<T> {
  /** Writes {@code value} (never {@code null}) to {@code generator}. */
  void write(JsonGenerator generator, T value);
}
