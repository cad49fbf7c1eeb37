package dev.kiln.runtime;

import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes the events of an {@link EventStream}, each flushed at once: the server-sent events
 * format (WHATWG HTML, "Server-sent events": {@code id:}, {@code event:}, {@code retry:} and one
 * {@code data:} line of compact JSON, then a blank line; a heart-beat is a comment line) or JSON
 * lines (one compact JSON document and {@code \n} per event; a heart-beat is an empty line, which
 * NDJSON 1.0 lets readers skip).
 */
final class EventFormat<T> {
  private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMPTY_LINE = {'\n'};

  private final OutputStream out;
  private final JsonWriter<T> writer;
  private final boolean eventStream;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);

  EventFormat(OutputStream out, JsonWriter<T> writer, boolean eventStream) {
    this.out = out;
    this.writer = writer;
    this.eventStream = eventStream;
  }

  void write(Event<T> event) throws IOException {
    buffer.reset();
    if (eventStream) {
      field("id", event.id());
      field("event", event.type());
      field("retry", event.retry() == null ? null : Long.toString(event.retry().toMillis()));
      buffer.write("data: ".getBytes(StandardCharsets.UTF_8));
    }
    // compact JSON has no line break: JSON strings escape them
    try (JsonGenerator generator =
        Json.FACTORY.createGenerator(ObjectWriteContext.empty(), buffer)) {
      writer.write(generator, event.data());
    }
    buffer.write('\n');
    if (eventStream) {
      buffer.write('\n');
    }
    buffer.writeTo(out);
    out.flush();
  }

  /**
   * Keeps the connection busy, so that a client that went away is noticed: a comment line
   * (server-sent events) or an empty line (JSON lines).
   */
  void heartbeat() throws IOException {
    out.write(eventStream ? HEARTBEAT : EMPTY_LINE);
    out.flush();
  }

  private void field(String name, String value) throws IOException {
    if (value != null) {
      buffer.write((name + ": " + value + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
