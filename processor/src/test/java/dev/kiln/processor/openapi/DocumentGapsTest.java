package dev.kiln.processor.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.validation.baseline.JsonTree;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the document states where it used to fall short: 405 where a path can reach a template
 * without the method, Kiln's problem schema beside a user's {@code Problem}, {@code
 * LocalDateTime} as a pattern.
 */
class DocumentGapsTest {

  @Test
  void aLiteralTemplateWithoutTheMethodMakesTheVariableOneList405() {
    JavaFileObject handler = source("Items",
        "public class Items {",
        "  @Get(\"/items/{id}\")",
        "  public String find(String id) { return id; }",
        "  @Delete(\"/items/{id}\")",
        "  public void remove(String id) {}",
        "  @Post(\"/items/bulk\")",
        "  public void bulk() {}",
        "  @Get(\"/items/bulk/{id}\")",
        "  public String bulkOne(String id) { return id; }",
        "}");

    Compilation compilation = compile(handler);

    assertThat(compilation).succeeded();
    Map<String, Object> document = tree(compilation);
    // GET and DELETE /items/bulk land on /items/bulk, which answers only POST
    assertThat(responses(document, "/items/{id}", "get")).containsKey("405");
    assertThat(responses(document, "/items/{id}", "delete")).containsKey("405");
    // nothing else takes a path of these
    assertThat(responses(document, "/items/bulk", "post")).doesNotContainKey("405");
    assertThat(responses(document, "/items/bulk/{id}", "get")).doesNotContainKey("405");
    assertThat(responses(document, "/items/{id}", "get").get("405"))
        .isEqualTo(Map.of("$ref", "#/components/responses/MethodNotAllowed"));
    Map<String, Object> allow = map(map(map(map(document.get("components")).get("responses"))
        .get("MethodNotAllowed")).get("headers"));
    assertThat(map(allow.get("Allow")).get("required")).isEqualTo(true);
    OpenApiValidation.assertValid(OpenApiTesting.document(compilation));
  }

  @Test
  void aUserRecordNamedProblemKeepsItsNameAndKilnsIsQualified() {
    JavaFileObject problem = source("Problem",
        "public record Problem(String code, int severity) {}");
    JavaFileObject handler = source("Problems",
        "public class Problems {",
        "  @Get(\"/problems/{id}\")",
        "  public Problem find(long id) { return null; }",
        "}");

    Compilation compilation = compile(problem, handler);

    assertThat(compilation).succeeded();
    Map<String, Object> document = tree(compilation);
    Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
    assertThat(map(schemas.get("Problem")).get("required")).isEqualTo(List.of("code",
        "severity"));
    assertThat(map(schemas.get("dev.kiln.runtime.Problem")).get("description"))
        .isEqualTo("An RFC 9457 problem details answer.");
    String answer = OpenApiTesting.document(compilation).replaceAll("\\s", "");
    assertThat(answer).contains("\"application/problem+json\":{\"schema\":{\"$ref\":"
        + "\"#/components/schemas/dev.kiln.runtime.Problem\"}}");
    assertThat(answer).contains("\"application/json\":{\"schema\":{\"$ref\":"
        + "\"#/components/schemas/Problem\"}}");
    OpenApiValidation.assertValid(OpenApiTesting.document(compilation));
  }

  @Test
  void localDateTimeIsAPatternMatchingWhatKilnWritesAndReads() {
    JavaFileObject handler = source("Clock",
        "public class Clock {",
        "  @Get(\"/clock\")",
        "  public java.time.LocalDateTime now(java.time.LocalDateTime at) { return at; }",
        "}");

    Compilation compilation = compile(handler);

    assertThat(compilation).succeeded();
    Map<String, Object> document = tree(compilation);
    Map<String, Object> parameter = map(((List<?>) map(map(map(document.get("paths"))
        .get("/clock")).get("get")).get("parameters")).get(0));
    Map<String, Object> schema = map(parameter.get("schema"));
    assertThat(schema).doesNotContainKey("format").containsEntry("type", "string");
    Pattern pattern = Pattern.compile((String) schema.get("pattern"));
    for (LocalDateTime value : List.of(LocalDateTime.of(2024, 5, 1, 10, 15),
        LocalDateTime.of(2024, 5, 1, 10, 15, 7, 120_000_000), LocalDateTime.of(1, 1, 1, 0, 0, 1, 1),
        LocalDateTime.of(12_345, 12, 31, 23, 59), LocalDateTime.of(-44, 3, 15, 12, 0))) {
      String written = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
      assertThat(pattern.matcher(written).find()).as(written).isTrue();
    }
    for (String read : List.of("2024-05-01T10:15", "2024-05-01T10:15:30.5")) {
      LocalDateTime.parse(read);
      assertThat(pattern.matcher(read).find()).as(read).isTrue();
    }
    for (String wrong : List.of("2024-05-01", "2024-05-01T10:15Z", "2024-05-01T10:15+02:00",
        "2024-05-01 10:15", "x2024-05-01T10:15")) {
      assertThat(pattern.matcher(wrong).find()).as(wrong).isFalse();
    }
  }

  private static Map<String, Object> tree(Compilation compilation) {
    return map(JsonTree.parse(OpenApiTesting.document(compilation)));
  }

  private static Map<String, Object> responses(Map<String, Object> document, String path,
      String method) {
    return map(map(map(map(document.get("paths")).get(path)).get(method)).get("responses"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
