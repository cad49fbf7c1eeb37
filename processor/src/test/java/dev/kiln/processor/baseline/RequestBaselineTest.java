package dev.kiln.processor.baseline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.baseline.Baselines.addPet;
import static dev.kiln.processor.baseline.Baselines.against;
import static dev.kiln.processor.baseline.Baselines.api;
import static dev.kiln.processor.baseline.Baselines.failsOnce;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What clients send, against the baseline: parameters and request bodies may accept more, never
 * less. Each rule fails on the element that broke it and passes when loosened.
 */
class RequestBaselineTest {
  private static final JavaFileObject SEARCH = api(
      "public class Api {",
      "  @Get(\"/search\")",
      "  public String search(@Size(max = 20) String q, Optional<Integer> limit,",
      "      @Min(1) long page, Color color) {",
      "    return \"\";",
      "  }",
      "  public enum Color { RED, GREEN }",
      "}");

  private static JavaFileObject search(String params, String color) {
    return api(
        "public class Api {",
        "  @Get(\"/search\")",
        "  public String search(",
        params + ") {",
        "    return \"\";",
        "  }",
        "  public enum Color { " + color + " }",
        "}");
  }


  @Test
  void aNewRequiredParameterFails() {
    failsOnce(against(SEARCH, search("@Size(max = 20) String q, Optional<Integer> limit,"
            + " @Min(1) long page, Color color,\n      String sort", "RED, GREEN")),
        "[kiln:breaking-parameter-required] The query parameter \"sort\" of GET /search is new "
            + "and required: clients sending none would get 422. Make it optional "
            + "(@DefaultValue, Optional or @Nullable).",
        "String sort");
  }

  @Test
  void aParameterMadeRequiredFails() {
    failsOnce(against(SEARCH, search("@Size(max = 20) String q,\n      int limit,"
            + " @Min(1) long page, Color color", "RED, GREEN")),
        "[kiln:breaking-parameter-required] The query parameter \"limit\" of GET /search is "
            + "required now, optional in the baseline",
        "int limit");
  }

  @Test
  void aNewOptionalParameterAndLoosenedConstraintsPass() {
    Compilation compilation = against(SEARCH, search("@Size(max = 40) String q,"
        + " Optional<Integer> limit, long page, Color color, Optional<String> sort",
        "RED, GREEN, BLUE"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("- GET /search: new optional query parameter "
        + "\"sort\"");
    assertThat(compilation).hadNoteContaining("- the query parameter \"q\" of GET /search: "
        + "maxLength 20 is 40");
    assertThat(compilation).hadNoteContaining("- the query parameter \"page\" of GET /search: "
        + "minimum 1 dropped");
    assertThat(compilation).hadNoteContaining("schema Api_Color as read by GET /search: also "
        + "accepts [BLUE]");
  }

  @Test
  void aLowerMaxLengthFails() {
    failsOnce(against(SEARCH, search("@Size(max = 10) String q, Optional<Integer> limit,"
            + " @Min(1) long page, Color color", "RED, GREEN")),
        "[kiln:breaking-constraint-tightened] the query parameter \"q\" of GET /search: "
            + "maxLength was 20 in the baseline and is 10: values the baseline accepted would "
            + "get 422. Keep the baseline's constraint or a looser one.",
        "@Size(max = 10) String q");
  }

  @Test
  void aHigherMinimumFails() {
    failsOnce(against(SEARCH, search("@Size(max = 20) String q, Optional<Integer> limit,"
            + " @Min(2) long page, Color color", "RED, GREEN")),
        "[kiln:breaking-constraint-tightened] the query parameter \"page\" of GET /search: "
            + "minimum was 1 in the baseline and is 2",
        "@Min(2) long page");
  }

  @Test
  void aNewPatternFails() {
    failsOnce(against(SEARCH, search("@Size(max = 20) @Pattern(regexp = \"[a-z]*\") String q,"
            + " Optional<Integer> limit, @Min(1) long page, Color color", "RED, GREEN")),
        "[kiln:breaking-constraint-tightened] the query parameter \"q\" of GET /search: pattern "
            + "was absent in the baseline and is \"^(?:[a-z]*)$\"",
        "String q");
  }

  @Test
  void aNarrowerTypeFails() {
    failsOnce(against(SEARCH, search("@Size(max = 20) String q, Optional<Integer> limit,"
            + " @Min(1) int page, Color color", "RED, GREEN")),
        "[kiln:breaking-type-narrowed] the query parameter \"page\" of GET /search accepted "
            + "integer (int64) in the baseline and accepts only integer (int32): clients "
            + "sending what it accepted would get 400 or 422. Accept the baseline's type.",
        "@Min(1) int page");
  }

  @Test
  void anEnumValueRemovedFromInputFailsOnTheEnum() {
    failsOnce(against(SEARCH, search("@Size(max = 20) String q, Optional<Integer> limit,"
            + " @Min(1) long page, Color color", "RED")),
        "[kiln:breaking-enum-value-removed] schema Api_Color as read by GET /search no longer "
            + "accepts [GREEN]: clients sending them would get 422.",
        "public enum Color");
  }

  private static final JavaFileObject PETS = api(
      "public class Api {",
      "  public record Pet(String name, Optional<String> tag, long age) {}",
      "  @Post(\"/pets\")",
      "  public void add(Pet pet) {}",
      "}");

  private static JavaFileObject pets(String components) {
    return api(
        "public class Api {",
        "  public record Pet(" + components + ") {}",
        "  @Post(\"/pets\")",
        "  public void add(Pet pet) {}",
        "}");
  }

  @Test
  void aPropertyMadeRequiredAndNonNullFailsTwiceOnTheComponent() {
    Compilation compilation = against(PETS, pets("String name,\n      String tag, long age"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-property-required] Property \"tag\" of schema "
            + "Api_Pet as read by POST /pets is required now, optional in the baseline: clients "
            + "sending objects without it would get 422. Make it optional (Optional or "
            + "@Nullable).")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("String tag");
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-type-narrowed] schema Api_Pet as read by POST /pets "
            + "at /tag accepted string or null in the baseline and accepts only string")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("String tag");
  }

  @Test
  void aNewRequiredPropertyFails() {
    failsOnce(against(PETS, pets("String name, Optional<String> tag, long age,\n"
            + "      String owner")),
        "[kiln:breaking-property-required] Property \"owner\" of schema Api_Pet as read by "
            + "POST /pets is new and required",
        "String owner");
  }

  @Test
  void aNarrowerPropertyTypeFailsOnTheComponent() {
    failsOnce(against(PETS, pets("String name, Optional<String> tag,\n      int age")),
        "[kiln:breaking-type-narrowed] schema Api_Pet as read by POST /pets at /age accepted "
            + "integer (int64) in the baseline and accepts only integer (int32)",
        "int age");
  }

  @Test
  void newOptionalPropertiesAndWiderTypesPass() {
    Compilation compilation = against(PETS, pets("String name, Optional<String> tag,"
        + " double age, Optional<String> owner"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("- schema Api_Pet as read by POST /pets: new "
        + "property \"owner\"");
    assertThat(compilation).hadNoteContaining("- schema Api_Pet as read by POST /pets at /age: "
        + "type integer (int64) is number (double)");
  }

  @Test
  void aNewRequiredRequestBodyFailsOnIt() {
    JavaFileObject before = api(
        "public class Api {",
        "  @Post(\"/pets\")",
        "  public void add() {}",
        "}");
    failsOnce(against(before, addPet("")),
        "[kiln:breaking-request-body-required] The request body of POST /pets is new and "
            + "required",
        "Pet pet)");
  }
}
