package dev.kiln.runtime.internal;

import dev.kiln.bench.HandWritten;
import dev.kiln.example.HelloController;
import dev.kiln.example.HelloController_Routes;
import dev.kiln.example.Item;
import dev.kiln.example.ItemRef;
import dev.kiln.example.ItemsController;
import dev.kiln.example.ItemsController_Routes;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * One whole request without the network: Kiln's {@link Dispatcher} with the bench app's generated
 * routes against jdk-raw's handlers (ported to Jackson 3), both on an in-memory {@link
 * StubHttpExchange} (a new one per operation, on both sides). The difference is what Kiln's
 * request path (decode, route, bind, read, validate, write) costs over hand-written code, per
 * request, in time and in bytes allocated ({@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DispatchBenchmark {
  static final URI HELLO = URI.create("/hello");
  static final URI ITEM = URI.create("/items/42?q=foo");
  static final URI ITEMS = URI.create("/items");
  static final byte[] BODY =
      "{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}".getBytes(StandardCharsets.UTF_8);
  static final byte[] HELLO_BYTES = "Hello, World!".getBytes(StandardCharsets.UTF_8);
  static final byte[] NONE = new byte[0];

  /** The bench endpoint. */
  @Param({"hello", "item", "create"})
  public String endpoint;

  private Dispatcher dispatcher;

  @Setup
  public void setup() throws IOException {
    List<Route> routes = new ArrayList<>();
    routes.addAll(new HelloController_Routes(new HelloController()).routes());
    routes.addAll(new ItemsController_Routes(new ItemsController()).routes());
    dispatcher = new Dispatcher(new Router(routes), KilnServer.Builder.DEFAULT_MAX_BODY_SIZE, null,
        new ExceptionHandlers(Map.of()));
    String kiln = new String(kiln().answer(), StandardCharsets.UTF_8);
    String hand = new String(handWritten().answer(), StandardCharsets.UTF_8);
    if (!kiln.equals(hand)) {
      throw new IllegalStateException(endpoint + ": Kiln answered " + kiln + ", jdk-raw " + hand);
    }
  }

  private StubHttpExchange request() {
    switch (endpoint) {
      case "hello": return new StubHttpExchange("GET", HELLO, null, NONE);
      case "item": return new StubHttpExchange("GET", ITEM, null, NONE);
      case "create": return new StubHttpExchange("POST", ITEMS, "application/json", BODY);
      default: throw new IllegalArgumentException(endpoint);
    }
  }

  @Benchmark
  public StubHttpExchange kiln() throws IOException {
    StubHttpExchange http = request();
    dispatcher.handle(http);
    return http;
  }

  @Benchmark
  public StubHttpExchange handWritten() {
    StubHttpExchange http = request();
    try {
      if (http.getRequestURI().getRawPath().equals("/hello")) {
        JdkRawHandlers.hello(http);
      } else {
        JdkRawHandlers.items(http);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return http;
  }

  /** The request path of the jdk-raw peer's handlers, ported to Jackson 3 (error paths trimmed). */
  static final class JdkRawHandlers {
    private JdkRawHandlers() {}

    static void hello(StubHttpExchange ex) throws IOException {
      try (ex) {
        if (!"/hello".equals(ex.getRequestURI().getRawPath()) || !"GET".equals(ex.getRequestMethod())) {
          throw new IllegalStateException();
        }
        send(ex, 200, "text/plain; charset=utf-8", HELLO_BYTES);
      }
    }

    static void items(StubHttpExchange ex) throws IOException {
      try (ex) {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        if (path.equals("/items") && "POST".equals(method)) {
          createItem(ex);
        } else if (path.startsWith("/items/") && path.indexOf('/', 7) < 0 && "GET".equals(method)) {
          getItem(ex, path.substring(7));
        } else {
          throw new IllegalStateException();
        }
      }
    }

    static void getItem(StubHttpExchange ex, String idText) throws IOException {
      int id = Integer.parseInt(idText);
      String q = HandWritten.queryParam(ex.getRequestURI().getRawQuery(), "q");
      ByteArrayOutputStream out = new ByteArrayOutputStream(64);
      try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        HandWritten.writeItemRef(g, new ItemRef(id, q));
      }
      send(ex, 200, "application/json", out.toByteArray());
    }

    static void createItem(StubHttpExchange ex) throws IOException {
      Item item;
      try (InputStream in = ex.getRequestBody();
          JsonParser p = Json.FACTORY.createParser(ObjectReadContext.empty(), in)) {
        p.nextToken();
        item = HandWritten.readItem(p);
      }
      if (item == null) {
        throw new IllegalStateException("invalid");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(128);
      try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        HandWritten.writeItem(g, item);
      }
      send(ex, 201, "application/json", out.toByteArray());
    }

    static void send(StubHttpExchange ex, int status, String contentType, byte[] body)
        throws IOException {
      ex.getResponseHeaders().set("Content-Type", contentType);
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }
}
