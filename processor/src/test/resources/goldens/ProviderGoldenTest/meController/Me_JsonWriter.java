package test;

import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@link Me} as JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Me_JsonWriter {
  private Me_JsonWriter() {
  }

  /**
   * Writes {@code value} as a JSON object with the properties {@code name}, {@code userTrace},
   * {@code auditTrace}, {@code trace}, {@code path}, {@code label}, or JSON {@code null} for
   * {@code null}.
   */
  public static void write(JsonGenerator g, Me value) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("name", value.name());
    g.writeNumberProperty("userTrace", value.userTrace());
    g.writeNumberProperty("auditTrace", value.auditTrace());
    g.writeNumberProperty("trace", value.trace());
    g.writeStringProperty("path", value.path());
    g.writeStringProperty("label", value.label());
    g.writeEndObject();
  }
}
