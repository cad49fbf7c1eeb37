package dev.kiln.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.Goldens;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The exact generated sources of a representative of the wider vocabulary: header, cookie,
 * bean, repeated and optional parameters; a JSON-or-form body; a generic record; a raw upload;
 * Response, Optional, CompletionStage and stream answers; wire names.
 */
class VocabularyGoldenTest {

  @Test
  void notesController(TestInfo test) {
    JavaFileObject controller = notesType("NotesController",
        "import dev.kiln.annotations.*;",
        "import dev.kiln.runtime.Response;",
        "import java.io.InputStream;",
        "import java.util.concurrent.CompletionStage;",
        "",
        "@Path(\"/notes\")",
        "public class NotesController {",
        "  @Get",
        "  @ApiResponse(status = 200, description = \"A page\",",
        "      headers = @ResponseHeader(name = \"X-Request-Id\"))",
        "  public Response<Page<Note>> list(@BeanParam Paging paging, Set<String> tag,",
        "      Optional<String> q, @Header(\"X-Request-Id\") Optional<String> requestId) {",
        "    return null;",
        "  }",
        "",
        "  @Get(\"/{id}\")",
        "  public Optional<Note> get(UUID id) {",
        "    return Optional.empty();",
        "  }",
        "",
        "  @Post",
        "  @Consumes({\"application/json\", \"application/x-www-form-urlencoded\"})",
        "  @ApiResponse(status = 201, description = \"Created\",",
        "      headers = @ResponseHeader(name = \"Location\"))",
        "  public Response<Note> create(NewNote note, @Cookie(\"user\") Optional<UUID> user) {",
        "    return null;",
        "  }",
        "",
        "  @Put(\"/{id}/attachment\")",
        "  @Consumes(\"application/octet-stream\")",
        "  public void upload(UUID id, byte[] content, @Header String contentType) {",
        "  }",
        "",
        "  @Get(\"/{id}/attachment\")",
        "  @Produces(\"image/png\")",
        "  public InputStream download(UUID id) {",
        "    return null;",
        "  }",
        "",
        "  @Get(\"/tags\")",
        "  public CompletionStage<Map<String, Integer>> tagCounts() {",
        "    return null;",
        "  }",
        "}");
    JavaFileObject[] model = {
        notesType("Color", "import dev.kiln.annotations.WireName;", "",
            "public enum Color { @WireName(\"yellow\") YELLOW, @WireName(\"blue\") BLUE }"),
        notesType("Page", "public record Page<T>(List<T> items, int page, int total) {}"),
        notesType("Paging",
            "import dev.kiln.annotations.*;", "",
            "public record Paging(@QueryParam @DefaultValue(\"0\") int page,",
            "    @QueryParam @DefaultValue(\"20\") int size) {}"),
        notesType("NewNote",
            "public record NewNote(String title, Color color, List<String> tags,",
            "    Optional<LocalDate> due) {}"),
        notesType("Note",
            "import dev.kiln.annotations.WireName;", "",
            "public record Note(UUID id, String title, Color color, List<String> tags,",
            "    @WireName(\"due_on\") LocalDate due, OffsetDateTime created) {}"),
    };

    Compilation compilation = Compilations.compile(controller, model[0], model[1], model[2],
        model[3], model[4]);

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatch(compilation, test);
  }

  private static JavaFileObject notesType(String simpleName, String... lines) {
    String text = "package com.example.notes;\n\nimport java.time.*;\nimport java.util.*;\n"
        + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("com.example.notes." + simpleName, text);
  }
}
