package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics about types Kiln cannot bind, read, write or resolve. */
class TypeDiagnosticsTest {

  @Test
  void unsupportedQueryParamType() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public String list(",
        "      @QueryParam(\"since\") java.net.URI since) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] Parameter since has type java.net.URI, "
            + "which Kiln cannot bind from a query parameter. Supported: String, int, long, "
            + "double, boolean, Integer, Long, Double, Boolean, BigDecimal, BigInteger, UUID, "
            + "LocalDate, LocalDateTime, Instant, OffsetDateTime, Duration, an enum, or Optional "
            + "of one (List or Set of one for a repeated query parameter or header).")
        .inFile(items)
        .onLineContaining("java.net.URI since");
  }

  @Test
  void unsupportedPathVariableType() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items/{id}\")",
        "  public String get(",
        "      java.net.URI id) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] Parameter id has type java.net.URI, which "
            + "Kiln cannot bind from a path variable.")
        .inFile(items)
        .onLineContaining("java.net.URI id");
  }

  @Test
  void unsupportedBodyType() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Post(\"/items\")",
        "  public void create(",
        "      java.net.URI fields) {",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] Parameter fields has type java.net.URI, "
            + "which Kiln cannot bind from a JSON request body. Supported: String, int,")
        .inFile(items)
        .onLineContaining("java.net.URI fields");
  }

  @Test
  void unsupportedRecordComponentIsReportedOnTheComponent() {
    JavaFileObject order = source("Order",
        "public record Order(",
        "    String id,",
        "    List<Object> labels) {",
        "}");
    JavaFileObject orders = source("Orders",
        "public class Orders {",
        "  @Post(\"/orders\")",
        "  public void create(Order order) {",
        "  }",
        "}");

    Compilation compilation = compile(orders, order);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] Component labels of record Order has type "
            + "java.util.List<java.lang.Object>, which Kiln cannot read or write "
            + "as JSON.")
        .inFile(order)
        .onLineContaining("List<Object> labels");
  }

  @Test
  void unsupportedComponentOfANestedReturnedRecord() {
    JavaFileObject order = source("Order",
        "public record Order(String id, Line line) {",
        "  public record Line(",
        "      Object product) {",
        "  }",
        "}");
    JavaFileObject orders = source("Orders",
        "public class Orders {",
        "  @Get(\"/orders/{id}\")",
        "  public Order get(String id) {",
        "    return null;",
        "  }",
        "}");

    Compilation compilation = compile(orders, order);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] Component product of record Line has type "
            + "java.lang.Object")
        .inFile(order)
        .onLineContaining("Object product");
  }

  @Test
  void unsupportedReturnType() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public java.net.URI counts() {",
        "    return null;",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] counts() returns java.net.URI, which Kiln "
            + "cannot write. Supported: void, String (text/plain), byte[] or InputStream "
            + "(application/octet-stream), a JSON type (String, int,")
        .inFile(items)
        .onLineContaining("counts()");
  }

  @Test
  void nestedOptionalReturnTypeIsUnsupported() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/first\")",
        "  public Optional<Optional<String>> first() {",
        "    return Optional.empty();",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] first() returns "
            + "java.util.Optional<java.util.Optional<java.lang.String>>, which Kiln cannot "
            + "write.")
        .inFile(items)
        .onLineContaining("first()");
  }

  @Test
  void unresolvedTypeIsReportedInTheLastRound() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Post(\"/items\")",
        "  public void create(",
        "      NotGenerated item) {",
        "  }",
        "}");

    Compilation compilation = compile(items);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[kiln:unresolved-type] The type NotGenerated of item cannot be "
            + "resolved. Check its import, or that the processor generating it runs.")
        .inFile(items)
        .onLineContaining("NotGenerated item");
    // javac's own "cannot find symbol" comes with it
    assertThat(compilation).hadErrorContaining("cannot find symbol")
        .inFile(items)
        .onLineContaining("NotGenerated item");
    assertThat(compilation).hadErrorCount(2);
  }
}
