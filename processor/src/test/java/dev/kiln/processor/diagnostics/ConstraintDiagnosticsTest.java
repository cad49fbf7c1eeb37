package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compile errors about {@code jakarta.validation} constraints: on a type they cannot apply to,
 * with attributes no value can satisfy or that do not parse, on a parameter that cannot carry
 * one, and {@code @AssertTrue} methods the generated reader cannot call.
 */
class ConstraintDiagnosticsTest {
  private static final String NUMBERS = "int, long, double, their boxes, BigDecimal and BigInteger";

  /** A record {@code Form} with {@code components}, one per line, read by {@code POST /forms}. */
  private static JavaFileObject form(String... components) {
    String[] lines = new String[components.length + 3];
    lines[0] = "import jakarta.validation.constraints.*;";
    lines[1] = "public record Form(";
    for (int i = 0; i < components.length; i++) {
      lines[i + 2] = "    " + components[i] + (i < components.length - 1 ? "," : ") {}");
    }
    lines[lines.length - 1] = "";
    return source("Form", lines);
  }

  private static final JavaFileObject FORMS = source("Forms",
      "public class Forms {",
      "  @Post(\"/forms\")",
      "  public void create(Form form) {",
      "  }",
      "}");

  private static void assertOneError(Compilation compilation, String message, JavaFileObject file,
      String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void sizeOnInt() {
    JavaFileObject form = form("@Size(max = 3) int count");

    assertOneError(compile(FORMS, form),
        "[kiln:constraint-not-applicable] @Size does not apply to int (component count of "
            + "Form). @Size applies to String, List, Set and Map.",
        form, "int count");
  }
  @Test
  void patternOnInteger() {
    JavaFileObject form = form("@Pattern(regexp = \"[0-9]+\") Integer code");

    assertOneError(compile(FORMS, form),
        "[kiln:constraint-not-applicable] @Pattern does not apply to java.lang.Integer "
            + "(component code of Form). @Pattern applies to String.",
        form, "Integer code");
  }

  @Test
  void positiveOnString() {
    JavaFileObject form = form("@Positive String amount");

    assertOneError(compile(FORMS, form),
        "[kiln:constraint-not-applicable] @Positive does not apply to java.lang.String "
            + "(component amount of Form). @Positive applies to " + NUMBERS + ".",
        form, "String amount");
  }

  @Test
  void notNullOnPrimitive() {
    JavaFileObject form = form("@NotNull long id");

    assertOneError(compile(FORMS, form),
        "[kiln:constraint-not-applicable] @NotNull does not apply to long (component id of "
            + "Form). @NotNull applies to reference types (a primitive is never null).",
        form, "long id");
  }

  @Test
  void pastOnString() {
    JavaFileObject form = form("@Past String born");

    assertOneError(compile(FORMS, form),
        "[kiln:constraint-not-applicable] @Past does not apply to java.lang.String (component "
            + "born of Form). @Past applies to LocalDate, LocalDateTime, Instant and "
            + "OffsetDateTime.",
        form, "String born");
  }

  @Test
  void constraintOnListElementOfWrongType() {
    JavaFileObject form = form("List<@Positive String> amounts");

    assertOneError(compile(FORMS, form),
        "[kiln:constraint-not-applicable] @Positive does not apply to java.lang.String "
            + "(component amounts of Form). @Positive applies to " + NUMBERS + ".",
        form, "List<@Positive String> amounts");
  }

  @Test
  void sizeOnList() {
    JavaFileObject form = form("@Size(min = 1) @NotEmpty List<@NotBlank @Size(max = 5) String> tags",
        "@NotNull @Size(max = 10) @Pattern(regexp = \"[a-z]+\") String name");

    assertThat(compile(FORMS, form)).succeededWithoutWarnings();
  }

  @Test
  void invalidRegex() {
    JavaFileObject form = form("@Pattern(regexp = \"[a-z\") String code");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-pattern] @Pattern(regexp = \"[a-z\") is not a valid Java regular "
            + "expression: Unclosed character class near index 3",
        form, "String code");
  }

  @Test
  void sizeMinAboveMax() {
    JavaFileObject form = form("@Size(min = 5, max = 2) String code");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-constraint] @Size has min 5 above max 2; no value can pass.",
        form, "String code");
  }

  @Test
  void negativeSizeMin() {
    JavaFileObject form = form("@Size(min = -1) String code");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-constraint] @Size(min = -1) must not be negative.",
        form, "String code");
  }

  @Test
  void negativeDigits() {
    JavaFileObject form = form("@Digits(integer = 3, fraction = -2) double amount");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-constraint] @Digits(fraction = -2) must not be negative.",
        form, "double amount");
  }

  @Test
  void minAboveMax() {
    JavaFileObject form = form("@Min(10) @Max(5) int count");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-constraint] @Min/@Max has min 10 above max 5; no value can pass.",
        form, "int count");
  }

  @Test
  void unparsableDecimalMin() {
    JavaFileObject form = form("@DecimalMin(\"abc\") java.math.BigDecimal amount");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-constraint] @DecimalMin(\"abc\") is not a decimal number. Write it like "
            + "\"0.01\" or \"-5\".",
        form, "BigDecimal amount");
  }

  @Test
  void unparsableDecimalMax() {
    JavaFileObject form = form("@DecimalMax(value = \"1,5\", inclusive = false) double amount");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-constraint] @DecimalMax(\"1,5\") is not a decimal number. Write it like "
            + "\"0.01\" or \"-5\".",
        form, "double amount");
  }

  @Test
  void constraintOnBodyParameter() {
    JavaFileObject forms = source("Forms",
        "import jakarta.validation.constraints.NotNull;",
        "public class Forms {",
        "  @Post(\"/forms\")",
        "  public void create(",
        "      @NotNull Form form) {",
        "  }",
        "}");
    JavaFileObject form = form("String name");

    assertOneError(compile(forms, form),
        "[kiln:constraint-on-body] @NotNull on the request body parameter form has no effect: "
            + "a body is always present. Put constraints on the record's components.",
        forms, "@NotNull Form form");
  }

  @Test
  void assertTrueMethodWithParameter() {
    JavaFileObject form = source("Form",
        "import jakarta.validation.constraints.AssertTrue;",
        "public record Form(int start, int end) {",
        "  @AssertTrue",
        "  public boolean isOrdered(int slack) {",
        "    return start <= end + slack;",
        "  }",
        "}");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-check-method] isOrdered() carries @AssertTrue/@AssertFalse, so the "
            + "generated reader calls it: it must be a non-private, non-static method with no "
            + "parameters returning boolean.",
        form, "isOrdered(int slack)");
  }

  @Test
  void assertFalseMethodThatIsPrivate() {
    JavaFileObject form = source("Form",
        "import jakarta.validation.constraints.AssertFalse;",
        "public record Form(int start, int end) {",
        "  @AssertFalse",
        "  private boolean isReversed() {",
        "    return start > end;",
        "  }",
        "}");

    assertOneError(compile(FORMS, form),
        "[kiln:bad-check-method] isReversed() carries @AssertTrue/@AssertFalse",
        form, "isReversed()");
  }

  @Test
  void minOnStringQueryParameter() {
    JavaFileObject forms = source("Forms",
        "import jakarta.validation.constraints.Min;",
        "public class Forms {",
        "  @Get(\"/forms\")",
        "  public String list(",
        "      @QueryParam(\"page\") @Min(1) String page) {",
        "    return page;",
        "  }",
        "}");

    assertOneError(compile(forms),
        "[kiln:constraint-not-applicable] @Min does not apply to java.lang.String (query "
            + "parameter page). @Min applies to " + NUMBERS + ".",
        forms, "@Min(1) String page");
  }

  @Test
  void patternOnIntHeader() {
    JavaFileObject forms = source("Forms",
        "import jakarta.validation.constraints.Pattern;",
        "public class Forms {",
        "  @Get(\"/forms\")",
        "  public String list(",
        "      @Header(\"X-Version\") @Pattern(regexp = \"[0-9]+\") int version) {",
        "    return \"\";",
        "  }",
        "}");

    assertOneError(compile(forms),
        "[kiln:constraint-not-applicable] @Pattern does not apply to int (header version). "
            + "@Pattern applies to String.",
        forms, "int version");
  }

  @Test
  void sizeOnIntCookie() {
    JavaFileObject forms = source("Forms",
        "import jakarta.validation.constraints.Size;",
        "public class Forms {",
        "  @Get(\"/forms\")",
        "  public String list(",
        "      @Cookie(\"session\") @Size(max = 5) Optional<Integer> session) {",
        "    return \"\";",
        "  }",
        "}");

    assertOneError(compile(forms),
        "[kiln:constraint-not-applicable] @Size does not apply to "
            + "java.util.Optional<java.lang.Integer> (cookie session). @Size applies to String, "
            + "List, Set and Map.",
        forms, "Optional<Integer> session");
  }

  @Test
  void positiveOnStringPathVariable() {
    JavaFileObject forms = source("Forms",
        "import jakarta.validation.constraints.Positive;",
        "public class Forms {",
        "  @Get(\"/forms/{id}\")",
        "  public String get(",
        "      @Positive String id) {",
        "    return id;",
        "  }",
        "}");

    assertOneError(compile(forms),
        "[kiln:constraint-not-applicable] @Positive does not apply to java.lang.String (path "
            + "variable id). @Positive applies to " + NUMBERS + ".",
        forms, "@Positive String id");
  }

  @Test
  void severalConstraintErrorsInOneRecordAreAllReported() {
    JavaFileObject form = form("@Size(max = 3) int count",
        "@Pattern(regexp = \"(\") String code",
        "@Min(3) @Max(1) long amount");

    Compilation compilation = compile(FORMS, form);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("@Size does not apply to int")
        .inFile(form).onLineContaining("int count");
    assertThat(compilation).hadErrorContaining("[kiln:bad-pattern]")
        .inFile(form).onLineContaining("String code");
    assertThat(compilation).hadErrorContaining("@Min/@Max has min 3 above max 1")
        .inFile(form).onLineContaining("long amount");
  }
}
