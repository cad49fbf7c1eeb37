package dev.kiln.processor.baseline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.baseline.Baselines.against;
import static dev.kiln.processor.baseline.Baselines.api;
import static dev.kiln.processor.baseline.Baselines.failsOnce;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the server answers, against the baseline: it may promise more, never less. Each rule fails
 * on the element that broke it and passes in the compatible direction.
 */
class ResponseBaselineTest {
  private static final JavaFileObject PET = pet("long id, String name, Optional<String> tag",
      "CAT, DOG");

  private static JavaFileObject pet(String components, String kinds) {
    return api(
        "public class Api {",
        "  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
        "  public @interface Nullable {}",
        "  public record Pet(",
        "      " + components + ",",
        "      Kind kind) {}",
        "  public enum Kind {",
        "      " + kinds,
        "  }",
        "  @Get(\"/pets/{id}\")",
        "  public Pet find(long id) { return null; }",
        "}");
  }


  @Test
  void aRequiredPropertyGoneFailsOnTheRecord() {
    failsOnce(against(PET, pet("long id, Optional<String> tag", "CAT, DOG")),
        "[kiln:breaking-response-property-removed] Required property \"name\" of schema Api_Pet "
            + "as answered by GET /pets/{id} is gone: clients reading it would fail. Keep it in "
            + "the answer, required.",
        "public record Pet(");
  }

  @Test
  void aRequiredPropertyMadeNullableFailsOnTheComponent() {
    Compilation compilation = against(PET,
        pet("long id, @Nullable String name, Optional<String> tag", "CAT, DOG"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-response-property-removed] Required property "
            + "\"name\" of schema Api_Pet as answered by GET /pets/{id} is optional now")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("@Nullable String name");
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-response-nullable] schema Api_Pet as answered by "
            + "GET /pets/{id} at /name may be null now, never in the baseline: clients reading "
            + "it would fail on null. Keep it non-null (no @Nullable, Optional).")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("@Nullable String name");
  }

  @Test
  void anEnumValueAddedToAnAnswerFailsOnTheConstant() {
    failsOnce(against(PET, pet("long id, String name, Optional<String> tag",
            "CAT, DOG,\n      BIRD")),
        "[kiln:breaking-enum-value-added] schema Api_Kind as answered by GET /pets/{id} may "
            + "answer [BIRD], which the baseline does not list: clients switching on its values "
            + "would fail.",
        "BIRD");
  }

  @Test
  void aWiderTypeInAnAnswerFailsOnTheComponent() {
    failsOnce(against(PET, pet("double id, String name, Optional<String> tag", "CAT, DOG")),
        "[kiln:breaking-response-type-changed] schema Api_Pet as answered by GET /pets/{id} at "
            + "/id was integer (int64) in the baseline and may be number (double)",
        "double id");
  }

  @Test
  void newPropertiesFewerEnumValuesAndNonNullPropertiesPass() {
    Compilation compilation = against(PET,
        pet("long id, String name, String tag, Optional<String> owner", "CAT"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("- schema Api_Pet as answered by GET /pets/{id}: "
        + "new property \"owner\"");
    assertThat(compilation).hadNoteContaining("- schema Api_Kind as answered by GET /pets/{id}: "
        + "no longer answers [DOG]");
  }
}
