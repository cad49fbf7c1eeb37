package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.Compilations;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code @ApiResponse(body = NotFound.class)}: the document gives the response's JSON body (and
 * the problem details Kiln may answer under an error status), the server gets the body's JSON
 * writer, and a client its reader, named in the client method's declared statuses.
 */
class DeclaredBodyTest {
  private static final JavaFileObject TODO = Compilations.source("Todo",
      "public record Todo(long id, String title) {}");
  private static final JavaFileObject NOT_FOUND = Compilations.source("NotFound",
      "public record NotFound(long id, String reason) {}");

  @Test
  void theDocumentDescribesTheBodyAndTheServerCanWriteIt() throws IOException {
    Compilation compilation = compile("TodosController", "public class TodosController {",
        "  public Todo get(long id) { return new Todo(id, \"t\"); }");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.NotFound_JsonWriter");
    JsonNode document = new ObjectMapper().readTree(compilation.generatedFile(
        StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi.json").orElseThrow()
        .getCharContent(true).toString());
    JsonNode notFound = document.at("/paths/~1todos~1{id}/get/responses/404");
    assertThat(notFound.toString()).isEqualTo("{\"description\":\"No such to-do.\",\"content\":{"
        + "\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/NotFound\"}},"
        + "\"application/problem+json\":{\"schema\":{\"$ref\":\"#/components/schemas/Problem\"}}}}");
    java.util.List<String> names = new java.util.ArrayList<>();
    document.at("/components/schemas/NotFound/properties").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("id", "reason");
  }

  @Test
  void aClientReadsTheBodyWithTheGeneratedReader() throws IOException {
    Compilation compilation = compile("TodosApi", "@Client public interface TodosApi {",
        "  Todo get(long id);");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.NotFound_JsonReader");
    String client = compilation.generatedSourceFile("test.TodosApi_Client").orElseThrow()
        .getCharContent(true).toString();
    assertThat(client.replaceAll("\\s+", " ")).contains("call.declared(404, \"No such to-do.\", "
        + "NotFound.class, Answers.json(NotFound_JsonReader::read));");
  }

  /** Compiles {@code name}, opened by {@code opening}, with {@code method} as its GET /todos/{id}. */
  private static Compilation compile(String name, String opening, String method) {
    return Compilations.compile(TODO, NOT_FOUND, Compilations.source(name,
        "@Path(\"/todos\")",
        opening,
        "  @Get(\"/{id}\")",
        "  @ApiResponse(status = 404, description = \"No such to-do.\", body = NotFound.class)",
        method,
        "}"));
  }
}
