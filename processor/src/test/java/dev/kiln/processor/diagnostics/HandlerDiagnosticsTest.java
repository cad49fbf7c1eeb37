package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics about handler methods and classes: annotations, modifiers, statuses. */
class HandlerDiagnosticsTest {

  @Test
  void twoHttpAnnotationsOnOneMethod() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  @Post(\"/items\")",
        "  public String both() {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:multiple-http-methods] both() has more than one HTTP method "
            + "annotation. Use one annotation per method; write a second method for another route.")
        .inFile(items)
        .onLineContaining("@Post(\"/items\")");
  }

  @Test
  void privateHandlerMethod() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/secret\")",
        "  private String secret() {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:inaccessible-handler] secret() is private; the generated "
            + "routes class calls it. Make it package-private or public.")
        .inFile(items)
        .onLineContaining("private String secret()");
  }

  @Test
  void privateHandlerClass() {
    JavaFileObject outer = source("Outer",
        "public class Outer {",
        "  private static class Hidden {",
        "    @Get(\"/hidden\")",
        "    String hidden() {",
        "      return \"\";",
        "    }",
        "  }",
        "}");

    Compilation compilation = compile(outer);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:inaccessible-handler] Hidden is private; the generated routes "
            + "class needs to reach it. Make it package-private or public.")
        .inFile(outer)
        .onLineContaining("class Hidden");
  }

  @Test
  void staticHandlerMethod() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/count\")",
        "  public static String count() {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:static-handler] count() is static. Handler methods are "
            + "instance methods; remove static.")
        .inFile(items)
        .onLineContaining("static String count()");
  }

  @Test
  void statusOutsideTheSuccessRange() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/gone\")",
        "  @Status(404)",
        "  public String gone() {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-status] @Status(404) must be a success status from 200 to "
            + "299.")
        .inFile(items)
        .onLineContaining("@Status(404)");
  }

  @Test
  void noContentStatusWithAReturnValue() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Delete(\"/items/{id}\")",
        "  @Status(204)",
        "  public String delete(String id) {",
        "    return id;",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-status] @Status(204) answers with no content, but the "
            + "method returns a value. Return void or use another status.")
        .inFile(items)
        .onLineContaining("@Status(204)");
  }

  @Test
  void oneBadHandlerDoesNotHideTheErrorsOfOthers() {
    JavaFileObject payload = source("Payload",
        "public record Payload(",
        "    String name,",
        "    Thread thread) {",
        "}");
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items/{id\")",
        "  public String badTemplate(String id) {",
        "    return id;",
        "  }",
        "  @Get(\"/count\")",
        "  public static int staticCount() {",
        "    return 0;",
        "  }",
        "  @Get(\"/fine\")",
        "  public String fine() {",
        "    return \"\";",
        "  }",
        "  @Post(\"/payloads\")",
        "  public void create(Payload payload) {",
        "  }",
        "  @Delete(\"/items\")",
        "  public void deleteAll(",
        "      Payload filter) {",
        "  }",
        "}");

    Compilation compilation = compile(items, payload);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[kiln:bad-path-template]")
        .inFile(items).onLineContaining("@Get(\"/items/{id\")");
    assertThat(compilation).hadErrorContaining("[kiln:static-handler] staticCount()")
        .inFile(items).onLineContaining("staticCount()");
    assertThat(compilation).hadErrorContaining("[kiln:body-not-allowed] DELETE")
        .inFile(items).onLineContaining("Payload filter");
    assertThat(compilation).hadErrorContaining("[kiln:unsupported-type] Component thread")
        .inFile(payload).onLineContaining("Thread thread");
  }
}
