package dev.kiln.processor.baseline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.baseline.Baselines.against;
import static dev.kiln.processor.baseline.Baselines.api;
import static dev.kiln.processor.baseline.Baselines.compile;
import static dev.kiln.processor.baseline.Baselines.file;
import static dev.kiln.processor.baseline.Baselines.pets;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Intended breaks, acknowledged in code ({@code @BreakingChange}) or by a major version bump the
 * option honours; and a baseline that cannot be read.
 */
class AcknowledgedBaselineTest {
  private static final JavaFileObject V1 =
      pets("@OpenApiInfo(version = \"1.4.0\")", "", "", "long id");

  private static JavaFileObject v(String version, String annotation) {
    return pets("@OpenApiInfo(version = \"" + version + "\")", "", annotation,
        "long id, int page");
  }

  @Test
  void breakingChangeOnTheMethodAcknowledgesItsBreaksInTheNote() {
    Compilation compilation = against(V1, v("1.5.0",
        "@BreakingChange(reason = \"pages are mandatory in 1.5\")"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("1 acknowledged breaking change");
    assertThat(compilation).hadNoteContaining("- [kiln:breaking-parameter-required] The query "
        + "parameter \"page\" of GET /pets/{id} is new and required (@BreakingChange on find: "
        + "pages are mandatory in 1.5)");
  }

  @Test
  void breakingChangeOnTheClassAcknowledgesAnOperationGone() {
    Compilation compilation = against(V1, api(
        "@OpenApiInfo(version = \"1.5.0\")",
        "@BreakingChange(reason = \"find is replaced by search\")",
        "public class Api {",
        "  @Get(\"/pets\")",
        "  public String list() { return \"\"; }",
        "}"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("(@BreakingChange on Api: find is replaced by "
        + "search)");
  }

  @Test
  void aMajorBumpAcknowledgesBreaksWhenTheOptionSaysSo() {
    Compilation compilation = against(V1, v("2.0.0", ""),
        "-Akiln.openapi.baseline.allowOnMajorBump=true");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("(a new major version)");
  }

  @Test
  void aMajorBumpIsNotEnoughWithoutTheOption() {
    Compilation compilation = against(V1, v("2.0.0", ""));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[kiln:breaking-parameter-required]")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("int page");
  }

  @Test
  void aMinorBumpIsNotAMajorOne() {
    Compilation compilation = against(V1, v("1.9.0", ""),
        "-Akiln.openapi.baseline.allowOnMajorBump=true");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aMissingBaselineIsAnError() {
    Compilation compilation = compile(
        List.of("-Akiln.openapi.baseline=/no/such/openapi.json"), V1);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[kiln:baseline-unreadable] Cannot read the "
        + "baseline document /no/such/openapi.json (java.nio.file.NoSuchFileException: "
        + "/no/such/openapi.json), named by -Akiln.openapi.baseline.");
  }

  @Test
  void aBaselineThatIsNotJsonIsAnError() {
    Path file = file("{\"openapi\": \"3.1.0\",\n \"paths\": {,}}");

    Compilation compilation = compile(List.of("-Akiln.openapi.baseline=" + file), V1);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[kiln:baseline-invalid] The baseline document "
        + file + " is not an OpenAPI JSON document: expected a property name at line 2, "
        + "column 12. Refresh it from target/classes/META-INF/kiln/openapi.json.");
  }

  @Test
  void aJsonBaselineWithoutPathsIsAnError() {
    Path file = file("[1, 2.5e3, true, null, \"\\u00e9\"]");

    Compilation compilation = compile(List.of("-Akiln.openapi.baseline=" + file), V1);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("is not an OpenAPI JSON document: no \"paths\" "
        + "object");
  }
}
