package dev.kiln.runtime.internal;

import dev.kiln.runtime.EventStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The event streams being answered, so that a graceful stop can end them. */
final class OpenStreams {
  private final Set<EventStream<?>> streams = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  /** Adds {@code stream}; the returned action removes it. After {@link #closeAll}: closed. */
  Runnable add(EventStream<?> stream) {
    streams.add(stream);
    if (closing) {
      stream.close();
    }
    return () -> streams.remove(stream);
  }

  /** Closes every open stream, and every stream added from now on. */
  void closeAll() {
    closing = true;
    for (EventStream<?> stream : streams) {
      stream.close();
    }
  }
}
