package com.example.notes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@link Note} as JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Note_JsonWriter {
  private Note_JsonWriter() {
  }

  /**
   * Writes {@code value} as a JSON object with the properties {@code id}, {@code title}, {@code color}, {@code tags}, {@code due_on}, {@code created}, or JSON {@code null} for {@code null}.
   */
  public static void write(JsonGenerator g, Note value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeName("id");
    writeUUID(g, value.id());
    g.writeStringProperty("title", value.title());
    g.writeName("color");
    g.writeString(Color_EnumCodec.wireName(value.color()));
    g.writeName("tags");
    writeListOfString(g, value.tags());
    g.writeName("due_on");
    writeLocalDate(g, value.due());
    g.writeName("created");
    writeOffsetDateTime(g, value.created());
    g.writeEndObject();
  }

  private static void writeUUID(JsonGenerator g, UUID value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeString(value.toString());
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

  private static void writeLocalDate(JsonGenerator g, LocalDate value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeString(value.toString());
  }

  private static void writeOffsetDateTime(JsonGenerator g, OffsetDateTime value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }
}
