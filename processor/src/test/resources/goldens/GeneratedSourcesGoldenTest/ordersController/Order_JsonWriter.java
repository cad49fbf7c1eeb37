package com.example.shop;

import dev.kiln.runtime.generated.JsonWriters;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@link Order} as JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Order_JsonWriter {
  private Order_JsonWriter() {
  }

  /**
   * Writes {@code value} as a JSON object with the properties {@code id}, {@code customer},
   * {@code address}, {@code lines}, {@code priority}, {@code gift}, {@code labels}, or JSON
   * {@code null} for {@code null}.
   */
  public static void write(JsonGenerator g, Order value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberProperty("id", value.id());
    g.writeStringProperty("customer", value.customer());
    g.writeName("address");
    Address_JsonWriter.write(g, value.address());
    g.writeName("lines");
    JsonWriters.writeList(g, value.lines(), Line_JsonWriter::write);
    g.writeName("priority");
    g.writeString(Priority_EnumCodec.wireName(value.priority()));
    g.writeName("gift");
    JsonWriters.writeBoolean(g, value.gift());
    g.writeName("labels");
    JsonWriters.writeList(g, value.labels(), JsonWriters.listOf(JsonWriters::writeString));
    g.writeEndObject();
  }
}
