package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Misused {@code @ApiResponse(body = ...)}, on a controller and on a {@code @Client} interface:
 * each is one error on the annotation's {@code body} value.
 */
class DeclaredBodyDiagnosticsTest {
  private static final JavaFileObject TODO = source("Todo",
      "public record Todo(long id, String title) {}");
  private static final JavaFileObject NOT_FOUND = source("NotFound",
      "public record NotFound(long id, String reason) {}");

  private static void assertOneError(JavaFileObject source, String message, String line) {
    Compilation compilation = compile(source, TODO, NOT_FOUND);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void aBodyKilnCannotWriteAsJson() {
    JavaFileObject api = source("TodosApi",
        "@Client",
        "@Path(\"/todos\")",
        "public interface TodosApi {",
        "  @Get(\"/{id}\")",
        "  @ApiResponse(status = 404, description = \"Gone\", body = Thread.class)",
        "  Todo get(long id);",
        "}");
    assertOneError(api, "[kiln:api-response-body-type] The @ApiResponse(status = 404) of get() "
        + "declares the body java.lang.Thread, which Kiln cannot write and read as JSON. Use a "
        + "record, an enum, a scalar, or a List, Set or Map of those.", "body = Thread.class");
  }

  @Test
  void aBodyOnAnEmptyResponse() {
    JavaFileObject controller = source("TodosController",
        "@Path(\"/todos\")",
        "public class TodosController {",
        "  @Get(\"/{id}\")",
        "  @ApiResponse(status = 404, empty = true,",
        "      body = NotFound.class)",
        "  public Todo get(long id) { return new Todo(id, \"t\"); }",
        "}");
    assertOneError(controller, "[kiln:api-response-body-empty] The @ApiResponse(status = 404) of "
        + "get() declares a body and empty = true. Remove one of them.", "body = NotFound.class");
  }

  @Test
  void aBodyOnASuccessStatus() {
    JavaFileObject controller = source("TodosController",
        "@Path(\"/todos\")",
        "public class TodosController {",
        "  @Get(\"/{id}\")",
        "  @ApiResponse(status = 200, body = NotFound.class)",
        "  public Todo get(long id) { return new Todo(id, \"t\"); }",
        "}");
    assertOneError(controller, "[kiln:api-response-body-success] The @ApiResponse(status = 200) "
        + "of get() declares a body for a success status, whose body is what the handler "
        + "returns. Remove body, or return that type (e.g. Response<T>).",
        "@ApiResponse(status = 200, body = NotFound.class)");
  }
}
