package dev.kiln.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * One event of an {@link EventStream}: its data (written as JSON by the generated writer) and,
 * for {@code text/event-stream}, the optional fields of the WHATWG HTML server-sent events
 * format: {@code id} (the browser sends the last one back as {@code Last-Event-ID} when it
 * reconnects), {@code event} (the event type; {@code message} when absent) and {@code retry}
 * (how long the browser waits before reconnecting). An {@code application/x-ndjson} stream
 * writes the data only.
 *
 * @param data the event's data; never {@code null}
 * @param id the event id, or {@code null}: no line breaks and no NUL
 * @param type the event type, or {@code null}: no line breaks
 * @param retry the reconnection delay, or {@code null}; whole milliseconds
 * @param <T> the data's type
 */
public record Event<T>(T data, String id, String type, Duration retry) {

  public Event {
    Objects.requireNonNull(data, "data");
    if (id != null && (id.indexOf('\0') >= 0 || hasLineBreak(id))) {
      throw new IllegalArgumentException("an event id has no line break and no NUL: " + id);
    }
    if (type != null && (type.isEmpty() || hasLineBreak(type))) {
      throw new IllegalArgumentException("an event type is non-empty, without line breaks: "
          + type);
    }
    if (retry != null && retry.isNegative()) {
      throw new IllegalArgumentException("retry must not be negative: " + retry);
    }
  }

  /** An event with {@code data} only. */
  public static <T> Event<T> of(T data) {
    return new Event<>(data, null, null, null);
  }

  /** This event with the id {@code newId}. */
  public Event<T> withId(String newId) {
    return new Event<>(data, newId, type, retry);
  }

  /** This event with the event type {@code newType}. */
  public Event<T> withType(String newType) {
    return new Event<>(data, id, newType, retry);
  }

  /** This event with the reconnection delay {@code newRetry}. */
  public Event<T> withRetry(Duration newRetry) {
    return new Event<>(data, id, type, newRetry);
  }

  private static boolean hasLineBreak(String text) {
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }
}
