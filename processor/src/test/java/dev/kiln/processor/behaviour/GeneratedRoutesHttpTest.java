package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles a controller with the processor, loads the generated classes, serves them with a real
 * {@link KilnServer} on a free port and checks the HTTP answers byte for byte.
 */
class GeneratedRoutesHttpTest {
  private static final String PROBLEM = "application/problem+json";
  private static final String JSON = "application/json";

  private static KilnServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    Compilation compilation = Compilations.compile(
        type("Color", "public enum Color { RED, GREEN, BLUE }"),
        type("Dimensions", "public record Dimensions(double width, double height) {}"),
        type("Item", "public record Item(String name, double price, List<String> tags,",
            "    Color color, Optional<Dimensions> size) {}"),
        type("ItemRef", "public record ItemRef(int id, String q, int limit, Color color) {}"),
        type("ItemsController",
            "@Path(\"/items\")",
            "public class ItemsController {",
            "  private final List<Item> created = new ArrayList<>();",
            "",
            "  @Get(\"/{id}\")",
            "  public ItemRef get(int id, Optional<String> q, @DefaultValue(\"10\") int limit,",
            "      @DefaultValue(\"RED\") Color color) {",
            "    return new ItemRef(id, q.orElse(null), limit, color);",
            "  }",
            "",
            "  @Post",
            "  @Status(201)",
            "  public Item create(Item item) {",
            "    created.add(item);",
            "    return item;",
            "  }",
            "",
            "  @Get",
            "  public List<Item> list() {",
            "    return created;",
            "  }",
            "",
            "  @Put(\"/batch\")",
            "  public List<Item> replace(List<Item> items) {",
            "    return items;",
            "  }",
            "",
            "  @Get(\"/{id}/name\")",
            "  public String name(int id) {",
            "    return \"item \" + id;",
            "  }",
            "",
            "  @Get(\"/{id}/missing\")",
            "  public String missing(int id) {",
            "    return null;",
            "  }",
            "",
            "  @Delete",
            "  public void clear() {",
            "    created.clear();",
            "  }",
            "",
            "  @Post(\"/{id}/archive\")",
            "  @Status(202)",
            "  public void archive(int id) {",
            "  }",
            "}"));
    assertThat(compilation).succeeded();

    ClassLoader loader = new GeneratedClassLoader(compilation);
    Object controller = loader.loadClass("test.ItemsController").getConstructor().newInstance();
    RouteGroup routes = (RouteGroup) loader.loadClass("test.ItemsController_Routes")
        .getConstructor(controller.getClass()).newInstance(controller);
    server = KilnServer.builder().port(0).shutdownTimeout(Duration.ofSeconds(1)).routes(routes)
        .start();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void pathVariableAndQueryParamsWithDefaults() throws Exception {
    HttpResponse<String> response = send("GET", "/items/42", null);

    assertAnswer(response, 200, JSON, "{\"id\":42,\"q\":null,\"limit\":10,\"color\":\"RED\"}");
  }

  @Test
  void queryParamsOverrideDefaults() throws Exception {
    HttpResponse<String> response = send("GET", "/items/-7?q=caf%C3%A9&limit=3&color=BLUE",
        null);

    assertAnswer(response, 200, JSON,
        "{\"id\":-7,\"q\":\"caf\u00e9\",\"limit\":3,\"color\":\"BLUE\"}");
  }

  @Test
  void unparsablePathVariableIs400() throws Exception {
    HttpResponse<String> response = send("GET", "/items/abc", null);

    assertAnswer(response, 400, PROBLEM, json(
        "{'type':'https://kiln.dev/problems/invalid-request','title':'Bad Request','status':400,"
            + "'detail':'The request has 1 error.','instance':'/items/abc','errors':["
            + "{'in':'path','name':'id','message':'must be an integer','code':'invalid_format'}]}"));
  }

  @Test
  void badQueryParamsAreAllReported() throws Exception {
    HttpResponse<String> response = send("GET", "/items/1?limit=99999999999&color=PINK", null);

    assertAnswer(response, 422, PROBLEM, json(
        "{'type':'https://kiln.dev/problems/invalid-request','title':'Unprocessable Content',"
            + "'status':422,'detail':'The request has 2 errors.','instance':'/items/1','errors':["
            + "{'in':'query','name':'limit','message':'must be between -2147483648 and 2147483647',"
            + "'code':'out_of_range'},"
            + "{'in':'query','name':'color','message':'must be one of: RED, GREEN, BLUE','code':'enum'}]}"));
  }

  @Test
  void textAnswer() throws Exception {
    HttpResponse<String> response = send("GET", "/items/5/name", null);

    assertAnswer(response, 200, "text/plain; charset=utf-8", "item 5");
  }

  @Test
  void nullTextIs500WhoseLogNamesTheHandler() throws Exception {
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger("dev.kiln");
    Handler recorder = new Handler() {
      @Override
      public void publish(LogRecord logRecord) {
        records.add(logRecord);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    boolean parentHandlers = logger.getUseParentHandlers();
    logger.addHandler(recorder);
    logger.setUseParentHandlers(false); // recorded, not printed
    HttpResponse<String> response;
    try {
      response = send("GET", "/items/3/missing", null);
    } finally {
      logger.removeHandler(recorder);
      logger.setUseParentHandlers(parentHandlers);
    }

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    assertThat(records).singleElement().satisfies(logRecord -> {
      assertThat(logRecord.getLevel()).isEqualTo(Level.SEVERE);
      assertThat(logRecord.getMessage()).contains("GET /items/3/missing failed");
      assertThat(logRecord.getThrown()).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("test.ItemsController.missing returned null");
    });
  }

  @Test
  void voidWithStatusAnswersNoContent() throws Exception {
    HttpResponse<String> response = send("POST", "/items/5/archive", null);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void jsonBodyEchoedWithNestedRecord() throws Exception {
    HttpResponse<String> response = send("POST", "/items",
        "{\"name\":\"Lamp\",\"price\":12.5,\"tags\":[\"home\",\"light\"],\"color\":\"GREEN\","
            + "\"size\":{\"width\":0.3,\"height\":1.2},\"unknown\":[1,{\"x\":2}]}");

    assertAnswer(response, 201, JSON, "{\"name\":\"Lamp\",\"price\":12.5,\"tags\":[\"home\","
        + "\"light\"],\"color\":\"GREEN\",\"size\":{\"width\":0.3,\"height\":1.2}}");
  }

  @Test
  void absentListAndOptionalReadAsEmpty() throws Exception {
    HttpResponse<String> response = send("POST", "/items",
        "{\"name\":\"Cup\",\"price\":3,\"color\":\"RED\"}");

    assertAnswer(response, 201, JSON,
        "{\"name\":\"Cup\",\"price\":3.0,\"tags\":[],\"color\":\"RED\",\"size\":null}");
  }

  @Test
  void listOfRecordsBody() throws Exception {
    HttpResponse<String> response = send("PUT", "/items/batch",
        "[{\"name\":\"A\",\"price\":1,\"color\":\"RED\"},"
            + "{\"name\":\"B\",\"price\":2,\"tags\":[\"x\"],\"color\":\"BLUE\"}]");

    assertAnswer(response, 200, JSON,
        "[{\"name\":\"A\",\"price\":1.0,\"tags\":[],\"color\":\"RED\",\"size\":null},"
            + "{\"name\":\"B\",\"price\":2.0,\"tags\":[\"x\"],\"color\":\"BLUE\",\"size\":null}]");
  }

  @Test
  void invalidBodyIs422WithEveryErrorAndItsPointer() throws Exception {
    HttpResponse<String> response = send("POST", "/items",
        "{\"name\":7,\"tags\":[\"ok\",3,null],\"color\":\"PINK\",\"size\":{\"width\":\"wide\"},"
            + "\"name\":\"again\"}");

    assertAnswer(response, 422, PROBLEM, json(
        "{'type':'https://kiln.dev/problems/invalid-request','title':'Unprocessable Content',"
            + "'status':422,'detail':'The request has 8 errors.','instance':'/items','errors':["
            + "{'in':'body','pointer':'/name','message':'must be a string','code':'type'},"
            + "{'in':'body','pointer':'/tags/1','message':'must be a string','code':'type'},"
            + "{'in':'body','pointer':'/tags/2','message':'must not be null','code':'not_null'},"
            + "{'in':'body','pointer':'/color','message':'must be one of: RED, GREEN, BLUE','code':'enum'},"
            + "{'in':'body','pointer':'/size/width','message':'must be a number','code':'type'},"
            + "{'in':'body','pointer':'/size/height','message':'is required','code':'missing'},"
            + "{'in':'body','pointer':'/name','message':'must not appear twice in the object',"
            + "'code':'duplicate_field'},"
            + "{'in':'body','pointer':'/price','message':'is required','code':'missing'}]}"));
  }

  @Test
  void invalidListBodyPointsIntoTheArray() throws Exception {
    HttpResponse<String> response = send("PUT", "/items/batch",
        "[{\"name\":\"A\",\"price\":1,\"color\":\"RED\"},{\"price\":true,\"color\":\"RED\"}]");

    assertAnswer(response, 422, PROBLEM, json(
        "{'type':'https://kiln.dev/problems/invalid-request','title':'Unprocessable Content',"
            + "'status':422,'detail':'The request has 2 errors.','instance':'/items/batch','errors':["
            + "{'in':'body','pointer':'/1/price','message':'must be a number','code':'type'},"
            + "{'in':'body','pointer':'/1/name','message':'is required','code':'missing'}]}"));
  }

  @Test
  void malformedJsonIs400() throws Exception {
    HttpResponse<String> response = send("POST", "/items", "{\"name\":");

    assertAnswer(response, 400, PROBLEM, json(
        "{'type':'https://kiln.dev/problems/invalid-request','title':'Bad Request','status':400,"
            + "'detail':'The request body is not well-formed JSON: Unexpected end-of-input within/between"
            + " Object entries (line 1, column 9)','instance':'/items','errors':[{'in':'body','pointer':'',"
            + "'message':'The request body is not well-formed JSON: Unexpected end-of-input within/between"
            + " Object entries (line 1, column 9)','code':'malformed_json'}]}"));
  }

  @Test
  void deleteAnswers204() throws Exception {
    HttpResponse<String> response = send("DELETE", "/items", null);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  private static HttpResponse<String> send(String method, String path, String json)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertAnswer(HttpResponse<String> response, int status, String contentType,
      String body) {
    String answer = response.request().method() + " " + response.request().uri() + " -> "
        + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("-")
        + "\n" + response.body();
    assertThat(response.statusCode()).as("status of %s", answer).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", answer)
        .hasValue(contentType);
    assertThat(response.body()).isEqualTo(body);
  }

  /** {@code text} with {@code '} as {@code "}, so that expected JSON reads easily. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static JavaFileObject type(String simpleName, String... lines) {
    String text = "package test;\n\nimport dev.kiln.annotations.*;\nimport java.util.*;\n\n"
        + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }
}
