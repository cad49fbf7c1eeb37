package com.example.notes;

import dev.kiln.runtime.generated.JsonWriters;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@link Page} as JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Page_Note_JsonWriter {
  private Page_Note_JsonWriter() {
  }

  /**
   * Writes {@code value} as a JSON object with the properties {@code items}, {@code page},
   * {@code total}, or JSON {@code null} for {@code null}.
   */
  public static void write(JsonGenerator g, Page<Note> value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeName("items");
    JsonWriters.writeList(g, value.items(), Note_JsonWriter::write);
    g.writeNumberProperty("page", value.page());
    g.writeNumberProperty("total", value.total());
    g.writeEndObject();
  }
}
