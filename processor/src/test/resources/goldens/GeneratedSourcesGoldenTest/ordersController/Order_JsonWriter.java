package com.example.shop;

import java.util.List;
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
   * Writes {@code value} as a JSON object with the properties {@code id}, {@code customer}, {@code address}, {@code lines}, {@code priority}, {@code gift}, {@code labels}, or JSON {@code null} for {@code null}.
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
    writeListOfLine(g, value.lines());
    g.writeName("priority");
    g.writeString(Priority_EnumCodec.wireName(value.priority()));
    g.writeName("gift");
    writeBoolean(g, value.gift());
    g.writeName("labels");
    writeListOfListOfString(g, value.labels());
    g.writeEndObject();
  }

  private static void writeListOfLine(JsonGenerator g, List<Line> value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (Line element : value) {
      Line_JsonWriter.write(g, element);
    }
    g.writeEndArray();
  }

  private static void writeBoolean(JsonGenerator g, Boolean value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeBoolean(value);
  }

  private static void writeListOfString(JsonGenerator g, List<String> value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (String element : value) {
      g.writeString(element);
    }
    g.writeEndArray();
  }

  private static void writeListOfListOfString(JsonGenerator g, List<List<String>> value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (List<String> element : value) {
      writeListOfString(g, element);
    }
    g.writeEndArray();
  }
}
