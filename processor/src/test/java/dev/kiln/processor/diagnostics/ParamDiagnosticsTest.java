package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics about path variables and query parameters: optionality and default values. */
class ParamDiagnosticsTest {

  @Test
  void optionalPathVariable() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items/{id}\")",
        "  public String get(",
        "      Optional<String> id) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:optional-path-variable] Path variable id is always present; "
            + "it cannot be Optional, @Nullable or have a @DefaultValue.")
        .inFile(items)
        .onLineContaining("Optional<String> id");
  }

  @Test
  void defaultValueOnAPathVariable() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items/{id}\")",
        "  public String get(",
        "      @PathParam(\"id\") @DefaultValue(\"1\") int itemId) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:optional-path-variable] Path variable itemId is always "
            + "present; it cannot be Optional, @Nullable or have a @DefaultValue.")
        .inFile(items)
        .onLineContaining("int itemId");
  }

  @Test
  void badIntDefault() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public String list(",
        "      @DefaultValue(\"ten\") int limit) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-default-value] @DefaultValue(\"ten\") of limit is not a "
            + "valid int.")
        .inFile(items)
        .onLineContaining("@DefaultValue(\"ten\")");
  }

  @Test
  void badEnumDefault() {
    JavaFileObject color = source("Color",
        "public enum Color { RED, GREEN }");
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public String list(",
        "      @QueryParam(\"color\") @DefaultValue(\"BLUE\") Optional<Color> color) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items, color);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-default-value] @DefaultValue(\"BLUE\") of color is not a "
            + "valid enum.")
        .inFile(items)
        .onLineContaining("@DefaultValue(\"BLUE\")");
  }

  @Test
  void badBooleanDefault() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public String list(",
        "      @DefaultValue(\"yes\") boolean archived) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-default-value] @DefaultValue(\"yes\") of archived is not "
            + "a valid boolean.")
        .inFile(items)
        .onLineContaining("@DefaultValue(\"yes\")");
  }
}
