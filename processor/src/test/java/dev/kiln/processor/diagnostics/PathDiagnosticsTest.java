package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics about path templates and how path variables bind. */
class PathDiagnosticsTest {

  @Test
  void badTemplateIsReportedOnTheMethodAnnotationValue() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items/{id\")",
        "  public String get(String id) {",
        "    return id;",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-path-template] Invalid path template \"/items/{id\": the "
            + "segment '{id' must be literal text or one whole {name} variable. A template is")
        .inFile(items)
        .onLineContaining("@Get(\"/items/{id\")");
  }

  @Test
  void badClassPrefixIsReportedOnceOnThePathValue() {
    JavaFileObject items = source("Items",
        "@Path(\"api/v1\")",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public String list() {",
        "    return \"\";",
        "  }",
        "  @Get(\"/items/{id}\")",
        "  public String get(String id) {",
        "    return id;",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-path-template] Invalid path template \"api/v1\": it must "
            + "start with '/'.")
        .inFile(items)
        .onLineContaining("@Path(\"api/v1\")");
  }

  @Test
  void unboundPathVariable() {
    JavaFileObject items = source("Items",
        "@Path(\"/items\")",
        "public class Items {",
        "  @Get(\"/{id}\")",
        "  public String get() {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unbound-path-variable] Path variable {id} of GET /items/{id} "
            + "has no parameter. Add a parameter named id or annotate one with @PathParam(\"id\").")
        .inFile(items)
        .onLineContaining("@Get(\"/{id}\")");
  }

  @Test
  void unknownPathParamSuggestsTheClosestVariable() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/shops/{shopId}/items/{itemId}\")",
        "  public String get(",
        "      String shopId,",
        "      @PathParam(\"itemID\") String item) {",
        "    return item;",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unknown-path-variable] @PathParam(\"itemID\") names no variable "
            + "of GET /shops/{shopId}/items/{itemId}. Did you mean @PathParam(\"itemId\")?")
        .inFile(items)
        .onLineContaining("@PathParam(\"itemID\")");
    assertThat(compilation)
        .hadErrorContaining("[kiln:unbound-path-variable] Path variable {itemId} of GET "
            + "/shops/{shopId}/items/{itemId} has no parameter.")
        .inFile(items)
        .onLineContaining("@Get(\"/shops/{shopId}/items/{itemId}\")");
  }

  @Test
  void unknownPathParamWithNoCloseVariableProposesTheTemplateOrAQuery() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/shops/{shopId}/items/{itemId}\")",
        "  public String get(",
        "      String shopId,",
        "      String itemId,",
        "      @PathParam(\"color\") String color) {",
        "    return color;",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unknown-path-variable] @PathParam(\"color\") names no variable "
            + "of GET /shops/{shopId}/items/{itemId}. Add {color} to the template or bind the parameter "
            + "as @QueryParam.")
        .inFile(items)
        .onLineContaining("@PathParam(\"color\")");
  }

  @Test
  void duplicateRouteAcrossTwoClassesIsReportedOnTheSecond() {
    JavaFileObject first = source("A",
        "public class A {",
        "  @Get(\"/items/{id}\")",
        "  public String byId(String id) {",
        "    return id;",
        "  }",
        "}");
    JavaFileObject second = source("B",
        "@Path(\"/items\")",
        "public class B {",
        "  @Get(\"/{key}\")",
        "  public String byKey(String key) {",
        "    return key;",
        "  }",
        "  @Post(\"/{key}\")",
        "  public void post(String key) {",
        "  }",
        "}");

    Compilation compilation = compile(first, second);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:duplicate-route] GET /items/{key} is already handled by "
            + "A.byId(). Give one of them another method or path.")
        .inFile(second)
        .onLineContaining("@Get(\"/{key}\")");
  }
}
