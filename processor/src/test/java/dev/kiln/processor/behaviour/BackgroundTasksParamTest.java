package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.assertOneError;
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
import java.util.List;
import java.util.concurrent.BlockingQueue;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A {@code BackgroundTasks} handler parameter: supplied by the generated route, run after the
 * answer, absent from the document, and a compile error where it cannot be.
 */
class BackgroundTasksParamTest {
  /** jackson-databind 2, on the test class path with swagger-parser. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JavaFileObject orders() {
    return source("Orders",
        "import dev.kiln.runtime.BackgroundTasks;",
        "import java.util.concurrent.BlockingQueue;",
        "import java.util.concurrent.LinkedBlockingQueue;",
        "public class Orders {",
        "  public final BlockingQueue<String> done = new LinkedBlockingQueue<>();",
        "",
        "  @Post(\"/orders/{id}\")",
        "  @Status(202)",
        "  public String place(long id, BackgroundTasks tasks, @QueryParam(\"note\") String note) {",
        "    tasks.add(() -> done.add(\"mailed \" + id + \" \" + note));",
        "    tasks.add(() -> done.add(\"logged \" + id));",
        "    return \"placed \" + id;",
        "  }",
        "}");
  }

  @Test
  void theTasksRunAfterTheAnswerInOrder() throws Exception {
    Compilation compilation = compile(orders());
    assertThat(compilation).succeeded();
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Object handler = loader.loadClass("test.Orders").getConstructor().newInstance();
    RouteGroup routes = (RouteGroup) loader.loadClass("test.Orders_Routes")
        .getConstructor(handler.getClass()).newInstance(handler);
    @SuppressWarnings("unchecked")
    BlockingQueue<String> done =
        (BlockingQueue<String>) handler.getClass().getField("done").get(handler);
    try (KilnServer server = KilnServer.builder().port(0)
        .shutdownTimeout(Duration.ofSeconds(1)).routes(routes).start()) {
      HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/orders/7?note=gift"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(placed.statusCode()).isEqualTo(202);
      assertThat(placed.body()).isEqualTo("placed 7");
      assertThat(done.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("mailed 7 gift");
      assertThat(done.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("logged 7");
    }
  }

  @Test
  void theDocumentDoesNotMentionTheTasks() throws Exception {
    Compilation compilation = compile(orders());
    JsonNode operation = MAPPER.readTree(compilation.generatedFile(
        StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi.json").orElseThrow()
        .getCharContent(true).toString()).at("/paths/~1orders~1{id}/post");
    List<String> names = operation.get("parameters").findValuesAsText("name");
    assertThat(names).containsExactly("id", "note");
    assertThat(operation.has("requestBody")).isFalse();
  }

  @Test
  void anAnnotatedBackgroundTasksIsAnError() {
    JavaFileObject bad = source("Bad",
        "import dev.kiln.runtime.BackgroundTasks;",
        "public class Bad {",
        "  @Get(\"/bad\")",
        "  public String bad(",
        "      @QueryParam(\"tasks\") BackgroundTasks tasks) {",
        "    return \"\";",
        "  }",
        "}");
    assertOneError(bad, "[kiln:background-tasks-annotated] Parameter tasks is the request's "
        + "BackgroundTasks, supplied by the server, not read from the request: remove "
        + "@QueryParam.", "@QueryParam(\"tasks\") BackgroundTasks tasks");
  }

  @Test
  void backgroundTasksInABeanParamIsAnError() {
    JavaFileObject bad = source("Beans",
        "import dev.kiln.runtime.BackgroundTasks;",
        "public class Beans {",
        "  public record Paging(@QueryParam(\"page\") int page, BackgroundTasks tasks) {}",
        "",
        "  @Get(\"/beans\")",
        "  public String beans(",
        "      @BeanParam Paging paging) {",
        "    return \"\";",
        "  }",
        "}");
    assertOneError(bad, "[kiln:background-tasks-annotated] Component tasks of @BeanParam paging"
        + " is a BackgroundTasks, which a @BeanParam cannot hold", "@BeanParam Paging paging");
  }

  @Test
  void aClientCannotSendBackgroundTasks() {
    JavaFileObject api = source("OrderApi",
        "import dev.kiln.runtime.BackgroundTasks;",
        "@Client",
        "public interface OrderApi {",
        "  @Post(\"/orders/{id}\")",
        "  String place(long id,",
        "      BackgroundTasks tasks);",
        "}");
    Compilation compilation = compile(api);
    assertThat(compilation).hadErrorContaining("[kiln:client-background-tasks] @Client method "
        + "place() has the BackgroundTasks parameter tasks, which is not part of a request")
        .inFile(api).onLineContaining("BackgroundTasks tasks);");
  }
}
