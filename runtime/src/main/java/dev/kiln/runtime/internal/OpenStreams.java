package dev.kiln.runtime.internal;

import dev.kiln.runtime.EventStream;
import dev.kiln.runtime.generated.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The event streams being answered, so that a graceful stop can end them. */
final class OpenStreams {
  private final Set<EventStream<?>> streams = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  /**
   * Writes {@code events} to {@code out} as {@code mediaType} ({@code text/event-stream}, else
   * JSON lines) while tracking it; the stream is closed when this returns.
   */
  <T> void write(EventStream<T> events, OutputStream out, JsonWriter<T> writer,
      String mediaType) throws IOException {
    streams.add(events);
    try {
      if (closing) {
        events.close();
      }
      events.writeTo(out, writer, mediaType.equals(MediaTypes.EVENT_STREAM));
    } finally {
      events.close();
      streams.remove(events);
    }
  }

  /** Closes every open stream, and every stream written from now on. */
  void closeAll() {
    closing = true;
    for (EventStream<?> stream : streams) {
      stream.close();
    }
  }
}
