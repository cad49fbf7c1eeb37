package com.example.shop;

import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@link Address} as JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Address_JsonWriter {
  private Address_JsonWriter() {
  }

  /**
   * Writes {@code value} as a JSON object with the properties {@code street}, {@code city}, or JSON
   * {@code null} for {@code null}.
   */
  public static void write(JsonGenerator g, Address value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("street", value.street());
    g.writeStringProperty("city", value.city());
    g.writeEndObject();
  }
}
