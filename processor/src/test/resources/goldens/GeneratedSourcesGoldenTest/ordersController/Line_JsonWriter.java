package com.example.shop;

import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@link Line} as JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Line_JsonWriter {
  private Line_JsonWriter() {
  }

  /**
   * Writes {@code value} as a JSON object with the properties {@code sku}, {@code quantity},
   * {@code price}, or JSON {@code null} for {@code null}.
   */
  public static void write(JsonGenerator g, Line value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("sku", value.sku());
    g.writeNumberProperty("quantity", value.quantity());
    g.writeNumberProperty("price", value.price());
    g.writeEndObject();
  }
}
