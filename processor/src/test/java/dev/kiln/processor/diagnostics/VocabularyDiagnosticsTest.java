package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics of the wider vocabulary: headers, repeated and bean parameters, raw and form
 * bodies, and generic types.
 */
class VocabularyDiagnosticsTest {
  private static final JavaFileObject PAGE = source("Page",
      "public record Page<T>(List<T> items, int total) {}");

  @Test
  void unsupportedHeaderTypeNamesTheSupportedOnes() {
    JavaFileObject links = source("Links",
        "public class Links {",
        "  @Get(\"/links\")",
        "  public String list(",
        "      @Header java.net.URI referer) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(links);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] Parameter referer has type java.net.URI, "
            + "which Kiln cannot bind from a header. Supported: String, int, long, double, "
            + "boolean, Integer, Long, Double, Boolean, BigDecimal, BigInteger, UUID, LocalDate, "
            + "LocalDateTime, Instant, OffsetDateTime, Duration, an enum, or Optional of one "
            + "(List or Set of one for a repeated query parameter or header).")
        .inFile(links)
        .onLineContaining("java.net.URI referer");
  }

  @Test
  void repeatedCookieIsUnsupported() {
    JavaFileObject links = source("Links",
        "public class Links {",
        "  @Get(\"/links\")",
        "  public String list(",
        "      @Cookie List<String> session) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(links);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-type] Parameter session has type "
            + "java.util.List<java.lang.String>, which Kiln cannot bind from a cookie.")
        .inFile(links)
        .onLineContaining("List<String> session");
  }

  @Test
  void setOnAPathVariable() {
    JavaFileObject tags = source("Tags",
        "public class Tags {",
        "  @Get(\"/tags/{names}\")",
        "  public String get(",
        "      Set<String> names) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(tags);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:repeated-path-variable] Path variable names has type "
            + "java.util.Set<java.lang.String>, but a path variable holds exactly one value. Use "
            + "a scalar type, or bind a repeated query parameter (?names=a&names=b) with "
            + "@QueryParam.")
        .inFile(tags)
        .onLineContaining("Set<String> names");
  }

  @Test
  void rawBodyOnGet() {
    JavaFileObject files = source("Files",
        "public class Files {",
        "  @Get(\"/files\")",
        "  public String find(",
        "      byte[] content) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(files);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:body-not-allowed] GET requests carry no request body, but "
            + "parameter content would bind one.")
        .inFile(files)
        .onLineContaining("byte[] content");
  }

  @Test
  void jsonAndRawBodyTogether() {
    JavaFileObject files = source("Files",
        "public class Files {",
        "  @Post(\"/files\")",
        "  public void upload(",
        "      Map<String, String> meta,",
        "      java.io.InputStream content) {",
        "  }",
        "}");

    Compilation compilation = compile(files);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:multiple-bodies] Parameter content would be a second request "
            + "body after meta.")
        .inFile(files)
        .onLineContaining("InputStream content");
  }

  @Test
  void genericMethodReturningPageOfATypeVariable() {
    JavaFileObject pages = source("Pages",
        "public class Pages {",
        "  @Get(\"/pages\")",
        "  public <T> Page<T> list() {",
        "    return null;",
        "  }",
        "}");

    Compilation compilation = compile(pages, PAGE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unresolvable-generic] list() uses test.Page<T>, whose type "
            + "argument T is not a concrete type. Kiln generates one codec per concrete type: "
            + "use e.g. Page<Item>, or a record without type parameters.")
        .inFile(pages)
        .onLineContaining("Page<T> list()");
  }

  @Test
  void rawGenericRecordBody() {
    JavaFileObject pages = source("Pages",
        "public class Pages {",
        "  @Post(\"/pages\")",
        "  @SuppressWarnings(\"rawtypes\")",
        "  public void save(",
        "      Page page) {",
        "  }",
        "}");

    Compilation compilation = compile(pages, PAGE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unresolvable-generic] Parameter page uses test.Page, a raw "
            + "generic type. Kiln generates one codec per concrete type: use e.g. Page<Item>, or "
            + "a record without type parameters.")
        .inFile(pages)
        .onLineContaining("Page page");
  }

  @Test
  void wildcardTypeArgumentInAComponent() {
    JavaFileObject pages = source("Pages",
        "public class Pages {",
        "  @Get(\"/pages\")",
        "  public Holder get() {",
        "    return null;",
        "  }",
        "}");
    JavaFileObject holder = source("Holder",
        "public record Holder(",
        "    Page<?> page) {}");

    Compilation compilation = compile(pages, PAGE, holder);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unresolvable-generic] Component page of record Holder uses "
            + "test.Page<?>, whose type argument ? is not a concrete type.")
        .inFile(holder)
        .onLineContaining("Page<?> page");
  }

  @Test
  void formBodyWithANestedObjectIsReportedOnTheParameter() {
    JavaFileObject signups = source("Signups",
        "public class Signups {",
        "  @Post(\"/signups\")",
        "  @Consumes(\"application/x-www-form-urlencoded\")",
        "  public void create(",
        "      Signup signup) {",
        "  }",
        "}");
    JavaFileObject signup = source("Signup",
        "public record Signup(String name, Address address) {}");
    JavaFileObject address = source("Address",
        "public record Address(String city) {}");

    Compilation compilation = compile(signups, signup, address);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:form-not-flat] Parameter signup of type test.Signup is read "
            + "from an HTML form (application/x-www-form-urlencoded), whose fields are flat text, "
            + "but component address is a nested object or map. Use scalars, Optional or List of "
            + "scalars, or read JSON.")
        .inFile(signups)
        .onLineContaining("Signup signup");
  }

  @Test
  void formBodyThatIsNotARecord() {
    JavaFileObject signups = source("Signups",
        "public class Signups {",
        "  @Post(\"/signups\")",
        "  @Consumes(\"application/x-www-form-urlencoded\")",
        "  public void create(",
        "      Map<String, String> fields) {",
        "  }",
        "}");

    Compilation compilation = compile(signups);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:form-not-flat] Parameter fields of type "
            + "java.util.Map<java.lang.String,java.lang.String> is read from an HTML form")
        .inFile(signups)
        .onLineContaining("Map<String, String> fields");
  }

  @Test
  void beanParamOfANonRecord() {
    JavaFileObject search = source("Search",
        "public class Search {",
        "  @Get(\"/search\")",
        "  public String find(",
        "      @BeanParam Criteria criteria) {",
        "    return \"\";",
        "  }",
        "}");
    JavaFileObject criteria = source("Criteria",
        "public class Criteria {",
        "  public String q;",
        "}");

    Compilation compilation = compile(search, criteria);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-bean-param] @BeanParam criteria has type test.Criteria; "
            + "it must be a record whose components are parameters.")
        .inFile(search)
        .onLineContaining("Criteria criteria");
  }

  @Test
  void beanParamWithABodyMember() {
    JavaFileObject search = source("Search",
        "public class Search {",
        "  @Get(\"/search\")",
        "  public String find(",
        "      @BeanParam Criteria criteria) {",
        "    return \"\";",
        "  }",
        "}");
    JavaFileObject criteria = source("Criteria",
        "public record Criteria(String q, Map<String, String> extra) {}");

    Compilation compilation = compile(search, criteria);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-bean-param] Component extra of @BeanParam criteria is "
            + "not a path, query, header or cookie parameter. Annotate it or use a scalar type.")
        .inFile(search)
        .onLineContaining("Criteria criteria");
  }

  @Test
  void defaultOnARepeatedParameter() {
    JavaFileObject tags = source("Tags",
        "public class Tags {",
        "  @Get(\"/tags\")",
        "  public String list(",
        "      @DefaultValue(\"a\") List<String> tag) {",
        "    return \"\";",
        "  }",
        "}");

    Compilation compilation = compile(tags);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-default-value] @DefaultValue on the repeated parameter "
            + "tag has no effect: an absent repeated parameter is an empty collection.")
        .inFile(tags)
        .onLineContaining("List<String> tag");
  }
}
