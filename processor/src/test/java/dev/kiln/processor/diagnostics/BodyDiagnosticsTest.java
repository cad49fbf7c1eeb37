package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics about request bodies: which methods may have one, and how many. */
class BodyDiagnosticsTest {
  private static final JavaFileObject NOTE = source("Note",
      "public record Note(String text) {}");

  @Test
  void bodyOnGet() {
    JavaFileObject notes = source("Notes",
        "public class Notes {",
        "  @Get(\"/notes\")",
        "  public String search(",
        "      Note example) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(notes, NOTE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:body-not-allowed] GET requests carry no request body, but "
            + "parameter example would bind one. Use POST, PUT or PATCH, or bind example from "
            + "the path or query.")
        .inFile(notes)
        .onLineContaining("Note example");
  }

  @Test
  void bodyOnDelete() {
    JavaFileObject notes = source("Notes",
        "public class Notes {",
        "  @Delete(\"/notes\")",
        "  public void deleteMatching(",
        "      List<Note> notes) {",
        "  }",
        "}");

    Compilation compilation = compile(notes, NOTE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:body-not-allowed] DELETE requests carry no request body, but "
            + "parameter notes would bind one.")
        .inFile(notes)
        .onLineContaining("List<Note> notes");
  }

  @Test
  void twoBodyParameters() {
    JavaFileObject notes = source("Notes",
        "public class Notes {",
        "  @Put(\"/notes/{id}\")",
        "  public void replace(",
        "      String id,",
        "      Note note,",
        "      Note previous) {",
        "  }",
        "}");

    Compilation compilation = compile(notes, NOTE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:multiple-bodies] Parameter previous would be a second request "
            + "body after note. A handler has at most one body parameter; wrap both in one record.")
        .inFile(notes)
        .onLineContaining("Note previous");
  }
}
