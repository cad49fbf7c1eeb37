package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.generated.JsonWriter;
import dev.kiln.runtime.generated.Route;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link EventStream}: server-sent events and JSON lines over real HTTP. */
class EventStreamTest {
  private static final JsonWriter<String> TEXT = (generator, value) -> {
    generator.writeStartObject();
    generator.writeStringProperty("text", value);
    generator.writeEndObject();
  };

  private final CountDownLatch handlerReturned = new CountDownLatch(1);
  private final AtomicReference<String> lastEventId = new AtomicReference<>();

  private KilnServer serve(String mediaType, Function<Exchange, EventStream<String>> handler)
      throws IOException {
    return KilnServer.builder().port(0).route(Route.of("GET", "/events", exchange -> {
      try {
        lastEventId.set(exchange.header("Last-Event-ID"));
        exchange.respondEvents(200, mediaType, handler.apply(exchange), TEXT);
      } finally {
        handlerReturned.countDown();
      }
    })).start();
  }

  /** Sends a GET on a raw socket and returns a reader positioned at the body (chunked). */
  private static BufferedReader get(Socket socket, String extraHeaders) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(("GET /events HTTP/1.1\r\nHost: x\r\n" + extraHeaders + "\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.UTF_8));
  }

  /** The lines of the whole answer (status line, headers, chunk sizes and data). */
  private static List<String> readAll(BufferedReader in) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines.add(line);
      if (line.equals("0")) { // the last chunk
        break;
      }
    }
    return lines;
  }

  @Test
  void eventsCarryIdTypeRetryAndJsonDataThenTheAnswerEnds() throws Exception {
    try (KilnServer server = serve("text/event-stream", exchange -> {
      EventStream<String> events = EventStream.create();
      events.send(Event.of("first line\nsecond").withId("7").withType("note")
          .withRetry(Duration.ofMillis(2500)));
      events.send("plain");
      events.complete();
      return events;
    }); Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      List<String> lines = readAll(get(socket, "Last-Event-ID: 6\r\n"));
      assertThat(lines.get(0)).isEqualTo("HTTP/1.1 200 OK");
      assertThat(lines).contains("Content-type: text/event-stream", "Cache-control: no-cache",
          "Transfer-encoding: chunked");
      String body = String.join("\n", lines);
      assertThat(body).contains("id: 7\nevent: note\nretry: 2500\n"
          + "data: {\"text\":\"first line\\nsecond\"}\n");
      assertThat(body).contains("data: {\"text\":\"plain\"}\n");
      assertThat(body).doesNotContain("id: 7\nevent: note\nretry: 2500\ndata: {\"text\":\"plain");
      assertThat(lastEventId.get()).isEqualTo("6");
      assertThat(handlerReturned.await(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void anIdleStreamSendsHeartbeats() throws Exception {
    EventStream<String> events = EventStream.<String>create().heartbeat(Duration.ofMillis(50));
    try (KilnServer server = serve("text/event-stream", exchange -> events);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      BufferedReader in = get(socket, "");
      String line;
      do {
        line = in.readLine();
      } while (!line.equals(": heartbeat"));
      assertThat(events.isOpen()).isTrue();
      events.complete();
      assertThat(handlerReturned.await(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void theProducerLearnsPromptlyThatTheClientWentAway() throws Exception {
    EventStream<String> events = EventStream.<String>create().heartbeat(Duration.ofMillis(50));
    CountDownLatch closed = new CountDownLatch(1);
    events.onClose(closed::countDown);
    try (KilnServer server = serve("text/event-stream", exchange -> events)) {
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(5000);
        BufferedReader in = get(socket, "");
        events.send("hello");
        String line;
        do {
          line = in.readLine();
        } while (!line.startsWith("data: "));
        assertThat(line).isEqualTo("data: {\"text\":\"hello\"}");
      }
      // nothing is sent from now on: the heart-beats find the closed connection
      assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(handlerReturned.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(events.send("nobody listens")).isFalse();
      assertThat(events.isOpen()).isFalse();
    }
  }

  @Test
  void aGracefulStopEndsOpenStreams() throws Exception {
    EventStream<String> events = EventStream.create();
    CountDownLatch closed = new CountDownLatch(1);
    events.onClose(closed::countDown);
    KilnServer server = serve("text/event-stream", exchange -> events);
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      BufferedReader in = get(socket, "");
      events.send("hello");
      while (!in.readLine().startsWith("data: ")) {
        // up to the first event
      }
      long start = System.nanoTime();
      server.stop(Duration.ofSeconds(10));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(closed.await(1, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void anIdleJsonLinesStreamSendsEmptyLinesAndNoticesTheClientLeaving() throws Exception {
    EventStream<String> events = EventStream.<String>create().heartbeat(Duration.ofMillis(50));
    CountDownLatch closed = new CountDownLatch(1);
    events.onClose(closed::countDown);
    try (KilnServer server = serve("application/x-ndjson", exchange -> events)) {
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(5000);
        BufferedReader in = get(socket, "");
        events.send("hello");
        List<String> lines = new ArrayList<>();
        // chunked: a chunk-size line, then the chunk; a heart-beat chunk is "1" then ""
        while (lines.size() < 4 || !lines.subList(lines.size() - 2, lines.size())
            .equals(List.of("1", ""))) {
          lines.add(in.readLine());
        }
        assertThat(lines).contains("{\"text\":\"hello\"}");
        assertThat(events.isOpen()).isTrue();
      }
      // the heart-beats find the closed connection, as with server-sent events
      assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(handlerReturned.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(events.send("nobody listens")).isFalse();
    }
  }

  @Test
  void jsonLinesWriteOneDocumentPerLineFromAnIterable() throws Exception {
    try (KilnServer server = serve("application/x-ndjson",
        exchange -> EventStream.of(List.of("a", "b", "c")));
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      List<String> lines = readAll(get(socket, ""));
      assertThat(lines).contains("Content-type: application/x-ndjson");
      assertThat(lines).containsSubsequence("{\"text\":\"a\"}", "{\"text\":\"b\"}",
          "{\"text\":\"c\"}");
      assertThat(String.join("\n", lines)).doesNotContain("data:", "heartbeat");
    }
  }

  @Test
  void aSlowClientIsDisconnectedWhenTheBufferIsFull() {
    EventStream<String> events = EventStream.create(2);
    assertThat(events.send("1")).isTrue();
    assertThat(events.send("2")).isTrue();
    assertThat(events.send("3")).isFalse();
    assertThat(events.isOpen()).isFalse();
  }

  @Test
  void closeActionsRunOnceAndAtOnceWhenAlreadyClosed() {
    EventStream<String> events = EventStream.create();
    List<String> ran = new ArrayList<>();
    events.onClose(() -> ran.add("first"));
    events.close();
    events.close();
    events.onClose(() -> ran.add("late"));
    assertThat(ran).containsExactly("first", "late");
  }

  @Test
  void eventFieldsCannotBreakTheFormat() {
    assertThatThrownBy(() -> Event.of("x").withId("1\n2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Event.of("x").withType("a\rb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Event.of("x").withRetry(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
