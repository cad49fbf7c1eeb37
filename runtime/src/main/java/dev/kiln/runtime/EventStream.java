package dev.kiln.runtime;

import dev.kiln.runtime.generated.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streamed response of typed events, returned by a handler: {@code text/event-stream}
 * (server-sent events, the default) or, under {@code @Produces("application/x-ndjson")}, one
 * JSON document per line. Each event's data is written with the generated JSON writer of
 * {@code T}; the document describes the stream with {@code T}'s schema.
 *
 * <pre>{@code
 * @Get("/store/inventory/events")
 * public EventStream<Inventory> inventoryEvents(@Header("Last-Event-ID") Optional<String> last) {
 *   EventStream<Inventory> events = EventStream.create();
 *   Subscription subscription = inventory.subscribe(events::send);
 *   events.onClose(subscription::cancel);
 *   return events;
 * }
 * }</pre>
 *
 * <p>Producers call {@link #send} from any thread; the request's handler thread alone writes to
 * the connection. It sends a heart-beat after {@link #heartbeat} without events (a comment line
 * for server-sent events, an empty line for JSON lines: NDJSON 1.0 lets readers skip empty
 * lines), so a client that went away is noticed within about two heart-beats
 * even when nothing happens; then (and when the producer {@link #close}s, the stream {@link
 * #complete}s, the server stops, or a client falls {@link #create(int) capacity} events behind)
 * the stream closes: {@link #send} returns {@code false} from then on and the {@link #onClose}
 * actions run once. Each open stream holds one request thread (a virtual thread on JDK 21+).
 *
 * @param <T> the events' data type
 */
public final class EventStream<T> {
  /** The default {@link #heartbeat(Duration)}: 15 seconds. */
  public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
  /** The default capacity of {@link #create()}: 1,024 events waiting to be written. */
  public static final int DEFAULT_CAPACITY = 1024;

  private static final Event<Object> END = Event.of(new Object());

  private final BlockingQueue<Event<T>> queue;
  private final Iterator<? extends T> source;
  private final AtomicBoolean open = new AtomicBoolean(true);
  private final List<Runnable> closeActions = new CopyOnWriteArrayList<>();
  private volatile boolean completed;
  private volatile Duration heartbeat = DEFAULT_HEARTBEAT;

  private EventStream(BlockingQueue<Event<T>> queue, Iterator<? extends T> source) {
    this.queue = queue;
    this.source = source;
  }

  /** An open stream that producers {@link #send} to; at most 1,024 events wait. */
  public static <T> EventStream<T> create() {
    return create(DEFAULT_CAPACITY);
  }

  /**
   * An open stream that producers {@link #send} to, with at most {@code capacity} events waiting
   * to be written; a client slower than that is disconnected.
   */
  public static <T> EventStream<T> create(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    return new EventStream<>(new LinkedBlockingQueue<>(capacity), null);
  }

  /**
   * A finite stream of the elements of {@code items}, taken one at a time as the client reads
   * them (in the request's thread), then complete; e.g. a large export as JSON lines.
   */
  public static <T> EventStream<T> of(Iterable<? extends T> items) {
    return new EventStream<>(null, Objects.requireNonNull(items, "items").iterator());
  }

  /** How long without events before a heart-beat is sent; default {@link #DEFAULT_HEARTBEAT}. */
  public EventStream<T> heartbeat(Duration every) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("heartbeat must be positive: " + every);
    }
    this.heartbeat = every;
    return this;
  }

  /** Sends an event of {@code data}; {@code false} if the stream is closed. */
  public boolean send(T data) {
    return send(Event.of(data));
  }

  /**
   * Queues {@code event} to be written; {@code false} if the stream is closed (or was closed now
   * because the client is {@code capacity} events behind).
   *
   * @throws IllegalStateException on a stream made by {@link #of}
   */
  public boolean send(Event<T> event) {
    Objects.requireNonNull(event, "event");
    if (queue == null) {
      throw new IllegalStateException("a stream made of items takes no further events");
    }
    if (!open.get() || completed) {
      return false;
    }
    if (!queue.offer(event)) {
      close();
      return false;
    }
    return true;
  }

  /** Ends the response once the events sent so far are written. */
  @SuppressWarnings("unchecked")
  public void complete() {
    completed = true;
    if (queue != null) {
      queue.offer((Event<T>) (Event<?>) END);
    }
  }

  /** Whether events can still be sent. */
  public boolean isOpen() {
    return open.get() && !completed;
  }

  /**
   * Runs {@code action} once when the stream closes (at once if it is closed): e.g. unsubscribe
   * the producer. An action's exception is ignored.
   */
  public void onClose(Runnable action) {
    closeActions.add(Objects.requireNonNull(action, "action"));
    if (!open.get() && closeActions.remove(action)) {
      runQuietly(action);
    }
  }

  /** Closes the stream now, dropping events not yet written; the response ends. */
  @SuppressWarnings("unchecked")
  public void close() {
    if (open.compareAndSet(true, false)) {
      if (queue != null) {
        queue.clear();
        queue.offer((Event<T>) (Event<?>) END);
      }
      for (Runnable action : closeActions) {
        if (closeActions.remove(action)) {
          runQuietly(action);
        }
      }
    }
  }

  /**
   * Called by the server once the response's headers are sent (applications do not call it):
   * writes the events to {@code out} with {@code writer} until the stream completes or closes,
   * then closes it.
   *
   * @param eventStream {@code true} for {@code text/event-stream}, {@code false} for JSON lines
   * @throws IOException if writing fails: the client went away (the stream is closed)
   */
  public void writeTo(OutputStream out, JsonWriter<T> writer, boolean eventStream)
      throws IOException {
    EventFormat<T> format = new EventFormat<>(out, writer, eventStream);
    try {
      while (open.get()) {
        Event<T> event = next();
        if (event == END) {
          break;
        } else if (event == null) {
          format.heartbeat();
        } else {
          format.write(event);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }

  /** The next event; {@code null} when a heart-beat is due; {@link #END} at the end. */
  @SuppressWarnings("unchecked")
  private Event<T> next() throws InterruptedException {
    if (source != null) {
      return source.hasNext() ? Event.of(source.next()) : (Event<T>) (Event<?>) END;
    }
    Event<T> event = queue.poll(heartbeat.toNanos(), TimeUnit.NANOSECONDS);
    if (event == null && completed && queue.isEmpty()) {
      return (Event<T>) (Event<?>) END;
    }
    return event;
  }

  private static void runQuietly(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      // a close action's failure must not stop the others or the response's end
    }
  }
}
