package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics of {@code @Client} interfaces (the server side's checks and messages apply to
 * them) and of controllers that serve one.
 */
class ClientDiagnosticsTest {
  private static final JavaFileObject TODO = source("Todo",
      "public record Todo(long id, String title) {}");
  private static final JavaFileObject TODOS_API = source("TodosApi",
      "@Client",
      "@Path(\"/todos\")",
      "public interface TodosApi {",
      "  @Get(\"/{id}\")",
      "  Todo get(long id, @QueryParam(\"fields\") Optional<String> fields);",
      "}");

  @Test
  void clientOnAClass() {
    JavaFileObject api = source("TodosApi",
        "@Client",
        "public class TodosApi {",
        "}");

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:client-not-interface] @Client is on TodosApi, which is not "
            + "an interface.")
        .inFile(api)
        .onLineContaining("@Client");
  }

  @Test
  void abstractMethodWithoutRoute() {
    JavaFileObject api = source("TodosApi",
        "@Client",
        "public interface TodosApi {",
        "  @Get(\"/todos\")",
        "  List<Todo> list();",
        "",
        "  Todo first();",
        "",
        "  default int count() {",
        "    return list().size();",
        "  }",
        "}");

    Compilation compilation = compile(api, TODO);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:client-method-without-route] first() of @Client TodosApi has "
            + "no HTTP method annotation, so the generated client cannot implement it.")
        .inFile(api)
        .onLineContaining("Todo first()");
  }

  @Test
  void unboundPathVariableUsesTheServerMessage() {
    JavaFileObject api = source("TodosApi",
        "@Client",
        "public interface TodosApi {",
        "  @Get(\"/todos/{id}\")",
        "  Todo get(long todoId);",
        "}");

    Compilation compilation = compile(api, TODO);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unbound-path-variable] Path variable {id} of GET /todos/{id} "
            + "has no parameter.")
        .inFile(api)
        .onLineContaining("@Get(\"/todos/{id}\")");
  }

  @Test
  void unreadableReturnType() {
    JavaFileObject api = source("TodosApi",
        "@Client",
        "public interface TodosApi {",
        "  @Get(\"/todos\")",
        "  Map<Integer, Todo> byId();",
        "}");

    Compilation compilation = compile(api, TODO);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] byId() returns java.util.Map<java.lang.Integer,"
            + "test.Todo>, which Kiln cannot write.")
        .inFile(api)
        .onLineContaining("byId()");
  }

  @Test
  void servedRouteDisagreesWithTheInterface() {
    JavaFileObject controller = source("TodosController",
        "public class TodosController implements TodosApi {",
        "  @Get(\"/todos/{id}\")",
        "  public Todo get(long id, @QueryParam(\"field\") Optional<String> fields) {",
        "    return new Todo(id, \"\");",
        "  }",
        "}");

    Compilation compilation = compile(controller, TODOS_API, TODO);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:client-server-mismatch] TodosController.get() serves "
            + "TodosApi.get(), but its parameter fields is query \"field\" of type "
            + "java.util.Optional<java.lang.String> where the @Client interface says query "
            + "\"fields\" of type java.util.Optional<java.lang.String>.")
        .inFile(controller)
        .onLineContaining("@Get(\"/todos/{id}\")");
  }

  @Test
  void servedRouteOnAnotherPath() {
    JavaFileObject controller = source("TodosController",
        "public class TodosController implements TodosApi {",
        "  @Get(\"/todo/{id}\")",
        "  public Todo get(long id, @QueryParam(\"fields\") Optional<String> fields) {",
        "    return new Todo(id, \"\");",
        "  }",
        "}");

    Compilation compilation = compile(controller, TODOS_API, TODO);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("its route is GET /todo/{id} where the @Client interface says "
            + "GET /todos/{id}.")
        .inFile(controller)
        .onLineContaining("@Get(\"/todo/{id}\")");
  }

  @Test
  void parameterAnnotationsWithoutTheMethodAnnotation() {
    JavaFileObject controller = source("TodosController",
        "public class TodosController implements TodosApi {",
        "  @Override",
        "  public Todo get(long id,",
        "      @QueryParam(\"other\") Optional<String> fields) {",
        "    return new Todo(id, \"\");",
        "  }",
        "}");

    Compilation compilation = compile(controller, TODOS_API, TODO);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:client-server-mismatch] TodosController.get() serves "
            + "TodosApi.get() and annotates its parameters, but not the method.")
        .inFile(controller)
        .onLineContaining("@QueryParam(\"other\")");
  }

  @Test
  void inheritedRouteCompilesAndIsServed() {
    JavaFileObject controller = source("TodosController",
        "public class TodosController implements TodosApi {",
        "  @Override",
        "  public Todo get(long id, Optional<String> fields) {",
        "    return new Todo(id, fields.orElse(\"\"));",
        "  }",
        "}");

    Compilation compilation = compile(controller, TODOS_API, TODO);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.TodosController_Routes");
    assertThat(compilation).generatedSourceFile("test.TodosApi_Client");
  }

  @Test
  void timeoutOnABlockingHandler() {
    JavaFileObject controller = source("Slow",
        "public class Slow {",
        "  @Get(\"/slow\")",
        "  @Timeout(2)",
        "  public String slow() {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:timeout-not-async] @Timeout on slow() has no effect")
        .inFile(controller)
        .onLineContaining("@Timeout(2)");
  }

  @Test
  void timeoutNotPositive() {
    JavaFileObject controller = source("Slow",
        "public class Slow {",
        "  @Get(\"/slow\")",
        "  @Timeout(value = 0, unit = java.util.concurrent.TimeUnit.MILLISECONDS)",
        "  public java.util.concurrent.CompletionStage<String> slow() {",
        "    return null;",
        "  }",
        "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-timeout] @Timeout(0) must be more than 0.")
        .inFile(controller)
        .onLineContaining("@Timeout(value = 0");
  }
}
