package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Handlers returning {@code EventStream<T>}: the generated route answers server-sent events or
 * JSON lines written by {@code T}'s generated writer, the document states the stream, and a
 * wrong media type or wrapper is a compile error.
 */
class EventStreamRoutesTest {
  /** jackson-databind 2, on the test class path with swagger-parser. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JavaFileObject tick() {
    return source("Tick", "public record Tick(int n, Optional<String> note) {}");
  }

  private static JavaFileObject ticks() {
    return source("Ticks",
        "import dev.kiln.runtime.Event;",
        "import dev.kiln.runtime.EventStream;",
        "public class Ticks {",
        "  @Get(\"/ticks\")",
        "  public EventStream<Tick> ticks(@Header(\"Last-Event-ID\") Optional<Integer> last) {",
        "    EventStream<Tick> events = EventStream.create();",
        "    int from = last.orElse(0) + 1;",
        "    for (int n = from; n < from + 2; n++) {",
        "      events.send(Event.of(new Tick(n, Optional.empty())).withId(\"\" + n));",
        "    }",
        "    events.complete();",
        "    return events;",
        "  }",
        "",
        "  @Get(\"/ticks.ndjson\")",
        "  @Produces(\"application/x-ndjson\")",
        "  public EventStream<Tick> lines() {",
        "    return EventStream.of(List.of(new Tick(1, Optional.of(\"a\")), new Tick(2,"
            + " Optional.empty())));",
        "  }",
        "}");
  }

  @Test
  void generatedRoutesStreamEventsWithTheGeneratedWriter() throws Exception {
    Compilation compilation = compile(tick(), ticks());
    assertThat(compilation).succeeded();
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Object handler = loader.loadClass("test.Ticks").getConstructor().newInstance();
    RouteGroup routes = (RouteGroup) loader.loadClass("test.Ticks_Routes")
        .getConstructor(handler.getClass()).newInstance(handler);
    HttpClient client = HttpClient.newHttpClient();
    try (KilnServer server = KilnServer.builder().port(0)
        .shutdownTimeout(Duration.ofSeconds(1)).routes(routes).start()) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> events = client.send(HttpRequest.newBuilder(URI.create(base
          + "/ticks")).header("Last-Event-ID", "4").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(events.statusCode()).isEqualTo(200);
      assertThat(events.headers().firstValue("Content-Type")).hasValue("text/event-stream");
      assertThat(events.body()).isEqualTo("id: 5\ndata: {\"n\":5,\"note\":null}\n\n"
          + "id: 6\ndata: {\"n\":6,\"note\":null}\n\n");

      HttpResponse<String> lines = client.send(HttpRequest.newBuilder(URI.create(base
          + "/ticks.ndjson")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(lines.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
      assertThat(lines.body()).isEqualTo("{\"n\":1,\"note\":\"a\"}\n{\"n\":2,\"note\":null}\n");
    }
  }

  @Test
  void theDocumentStatesTheStreamWithTheEventSchema() throws Exception {
    Compilation compilation = compile(tick(), ticks());
    JsonNode document = MAPPER.readTree(compilation.generatedFile(
        javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi.json").orElseThrow()
        .getCharContent(true).toString());
    JsonNode sse = document.at("/paths/~1ticks/get/responses/200/content/text~1event-stream"
        + "/schema");
    assertThat(sse).isEqualTo(MAPPER.readTree("{\"type\":\"array\",\"items\":{\"type\":"
        + "\"object\",\"required\":[\"data\"],\"properties\":{\"id\":{\"type\":\"string\"},"
        + "\"event\":{\"type\":\"string\"},\"retry\":{\"type\":\"integer\",\"minimum\":0},"
        + "\"data\":{\"type\":\"string\",\"contentMediaType\":\"application/json\","
        + "\"contentSchema\":{\"$ref\":\"#/components/schemas/Tick\"}}}}}"));
    JsonNode ndjson = document.at("/paths/~1ticks.ndjson/get/responses/200/content"
        + "/application~1x-ndjson/schema");
    assertThat(ndjson).isEqualTo(MAPPER.readTree(
        "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Tick\"}}"));
    assertThat(document.at("/components/schemas/Tick/properties/n").isMissingNode()).isFalse();
  }

  /** A handler class {@code name} with one GET method made of {@code annotationAndMethod}. */
  private static JavaFileObject handler(String name, String annotationAndMethod) {
    return source(name,
        "import dev.kiln.runtime.*;",
        "public class " + name + " {",
        "  @Get(\"/" + name.toLowerCase(java.util.Locale.ROOT) + "\")",
        annotationAndMethod,
        "}");
  }

  /** Compiling {@code source} fails with one error, {@code message}, on {@code line}. */
  private static void assertOneError(JavaFileObject source, String message, String line) {
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void anEventStreamUnderAnotherMediaTypeIsAnError() {
    assertOneError(handler("Bad", "  @Produces(\"application/json\")\n"
        + "  public EventStream<String> bad() { return EventStream.create(); }"),
        "[kiln:event-stream-media-type] bad() returns an EventStream, which is answered as "
        + "text/event-stream (server-sent events) or application/x-ndjson (JSON lines), not "
        + "application/json.", "@Produces(\"application/json\")");
  }

  @Test
  void anEventStreamInsideAResponseIsAnUnsupportedReturnType() {
    assertOneError(handler("Wrapped", "  public Response<EventStream<String>> wrapped() {\n"
        + "    return Response.ok(EventStream.create());\n  }"),
        "[kiln:unsupported-type] wrapped() returns "
        + "dev.kiln.runtime.Response<dev.kiln.runtime.EventStream<java.lang.String>>",
        "public Response<EventStream<String>> wrapped()");
  }
}
