package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The example app's streamed answers: {@code GET /store/inventory/events} (server-sent events of
 * inventory changes) and {@code GET /pet/export} (JSON lines).
 */
class StreamsIT {
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  /** One server-sent event: its fields by name (data parsed as JSON). */
  private record Sse(String id, String type, JsonNode data) {}

  /** A client reading the event stream on a raw socket. */
  private final class EventClient implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    final List<String> head = new ArrayList<>();

    EventClient(String lastEventId) throws IOException {
      socket = new Socket("127.0.0.1", app.server().port());
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /store/inventory/events HTTP/1.1\r\nHost: x\r\n"
          + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
        head.add(line);
      }
    }

    /** The next event (chunk-size lines and comments skipped). */
    Sse next() throws IOException {
      String id = null;
      String type = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("data: ")) {
          return new Sse(id, type, Http.json(line.substring(6)));
        }
      }
      throw new IOException("the stream ended");
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private void addPet(String name, String status) {
    assertThat(Http.of(app).with(Http.PETSTORE_TOKEN).postJson("/pet", "{\"name\":\"" + name
        + "\",\"photoUrls\":[],\"tags\":[],\"status\":\"" + status + "\"}").status())
        .isEqualTo(200);
  }

  @Test
  void aClientReadsTheInventoryThenEachChange() throws Exception {
    try (EventClient client = new EventClient(null)) {
      assertThat(client.head).contains("HTTP/1.1 200 OK", "Content-type: text/event-stream",
          "Cache-control: no-cache");
      Sse first = client.next();
      assertThat(first.type()).isEqualTo("inventory");
      assertThat(first.data().get("inventory").size()).isZero();
      long start = first.data().get("sequence").asLong();
      assertThat(first.id()).isEqualTo(Long.toString(start));

      addPet("Rex", "available");
      Sse added = client.next();
      assertThat(added.id()).isEqualTo(Long.toString(start + 1));
      assertThat(added.data()).isEqualTo(Http.json(
          "{\"sequence\":" + (start + 1) + ",\"inventory\":{\"available\":1}}"));

      addPet("Tom", "sold");
      assertThat(client.next().data().get("inventory")).isEqualTo(
          Http.json("{\"available\":1,\"sold\":1}"));
    }
  }

  @Test
  void aClientReconnectingWithTheLatestIdGetsOnlyLaterChanges() throws Exception {
    String latest;
    try (EventClient client = new EventClient(null)) {
      latest = client.next().id();
    }
    try (EventClient again = new EventClient(latest)) {
      addPet("Rex", "pending");
      Sse next = again.next();
      assertThat(Long.parseLong(next.id())).isEqualTo(Long.parseLong(latest) + 1);
      assertThat(next.data().get("inventory")).isEqualTo(Http.json("{\"pending\":1}"));
    }
  }

  @Test
  void aClientDisconnectingMidStreamLeavesTheAppServingOthers() throws Exception {
    EventClient leaving = new EventClient(null);
    leaving.next();
    leaving.close();
    // changes after the disconnect: the writes to the closed connection fail and end its stream
    for (int i = 0; i < 5; i++) {
      addPet("Pet" + i, i % 2 == 0 ? "available" : "sold");
    }
    try (EventClient staying = new EventClient(null)) {
      Sse latest = staying.next();
      assertThat(latest.data().get("inventory")).isEqualTo(
          Http.json("{\"available\":3,\"sold\":2}"));
      addPet("Late", "pending");
      assertThat(staying.next().data().get("inventory").get("pending").asInt()).isEqualTo(1);
    }
    assertThat(Http.of(app).with(Http.PETSTORE_API_KEY).get("/store/inventory").status())
        .isEqualTo(200);
  }

  @Test
  void theExportIsOnePetPerJsonLine() {
    addPet("Rex", "available");
    addPet("Tom", "sold");
    Http.Response export = Http.of(app).get("/pet/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).isEqualTo("application/x-ndjson");
    String[] lines = export.body().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(Http.json(lines[0]).get("name").asString()).isEqualTo("Rex");
    assertThat(Http.json(lines[1]).get("status").asString()).isEqualTo("sold");
  }
}
