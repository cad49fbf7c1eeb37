package com.example.notes;

import dev.kiln.runtime.generated.JsonWriters;
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
   * Writes {@code value} as a JSON object with the properties {@code id}, {@code title},
   * {@code color}, {@code tags}, {@code due_on}, {@code created}, or JSON {@code null} for
   * {@code null}.
   */
  public static void write(JsonGenerator g, Note value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeName("id");
    JsonWriters.writeUuid(g, value.id());
    g.writeStringProperty("title", value.title());
    g.writeName("color");
    g.writeString(Color_EnumCodec.wireName(value.color()));
    g.writeName("tags");
    JsonWriters.writeList(g, value.tags(), JsonWriters::writeString);
    g.writeName("due_on");
    JsonWriters.writeLocalDate(g, value.due());
    g.writeName("created");
    JsonWriters.writeOffsetDateTime(g, value.created());
    g.writeEndObject();
  }
}
