package dev.kiln.processor.baseline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import dev.kiln.processor.step.OpenApiStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles an API "before" (the release), keeps its document as the baseline, then compiles the
 * API "after" against it with {@code -Akiln.openapi.baseline}.
 */
final class Baselines {
  private Baselines() {}

  /** The source {@code test/Api.java}: imports, then {@code lines}. */
  static JavaFileObject api(String... lines) {
    StringBuilder text = new StringBuilder("package test;\n\n")
        .append("import dev.kiln.annotations.*;\n")
        .append("import jakarta.validation.constraints.*;\n")
        .append("import java.util.*;\n\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return JavaFileObjects.forSourceString("test.Api", text.toString());
  }

  /**
   * {@code test/Api.java} with {@code GET /pets} ({@code list()}) and {@code GET /pets/{id}}
   * ({@code find(findParams)}), each annotation line placed before the class or method.
   */
  static JavaFileObject pets(String classAnnotation, String listAnnotation,
      String findAnnotation, String findParams) {
    return api(
        classAnnotation,
        "public class Api {",
        "  @Get(\"/pets\")",
        "  " + listAnnotation,
        "  public String list() { return \"\"; }",
        "  @Get(\"/pets/{id}\")",
        "  " + findAnnotation,
        "  public String find(" + findParams + ") { return \"\"; }",
        "}");
  }

  /** {@code test/Api.java} with {@code POST /pets} reading a {@code Pet(String name)} body. */
  static JavaFileObject addPet(String annotation) {
    return api(
        "public class Api {",
        "  public record Pet(String name) {}",
        "  @Post(\"/pets\")",
        "  " + annotation,
        "  public void add(",
        "      Pet pet) {}",
        "}");
  }

  /** Asserts that {@code compilation} failed with one error, {@code message} on {@code line}. */
  static void failsOnce(Compilation compilation, String message, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message)
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining(line);
  }

  /** A temporary file holding {@code text}. */
  static Path file(String text) {
    try {
      Path file = Files.createTempFile("kiln-baseline", ".json");
      file.toFile().deleteOnExit();
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document {@code before} compiles to, written to a temporary file. */
  static Path baseline(JavaFileObject... before) {
    Compilation compilation = compile(List.of(), before);
    assertThat(compilation).succeeded();
    try {
      return file(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
          OpenApiStep.DOCUMENT).orElseThrow().getCharContent(true).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code after} against the document of {@code before}, with {@code options}. */
  static Compilation against(JavaFileObject before, JavaFileObject after, String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add("-Akiln.openapi.baseline=" + baseline(before));
    return compile(all, after);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all,-processing,-options"));
    all.addAll(options);
    return javac().withProcessors(new KilnProcessor()).withOptions(all).compile(sources);
  }
}
