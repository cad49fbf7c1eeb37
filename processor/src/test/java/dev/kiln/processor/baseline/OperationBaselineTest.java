package dev.kiln.processor.baseline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.baseline.Baselines.addPet;
import static dev.kiln.processor.baseline.Baselines.against;
import static dev.kiln.processor.baseline.Baselines.api;
import static dev.kiln.processor.baseline.Baselines.failsOnce;
import static dev.kiln.processor.baseline.Baselines.pets;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Operations against the baseline: gone, moved, new. */
class OperationBaselineTest {
  private static final JavaFileObject TWO_OPERATIONS = pets("", "", "", "long id");

  @Test
  void anOperationGoneIsFlaggedOnTheClassThatHadIt() {
    Compilation compilation = against(TWO_OPERATIONS, api(
        "public class Api {",
        "  @Get(\"/pets\")",
        "  public String list() { return \"\"; }",
        "}"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-operation-removed] GET /pets/{id} of the baseline ")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("public class Api");
    assertThat(compilation).hadErrorContaining("is gone: clients calling it would get 404 or "
        + "405. Keep a handler method for it. If the break is intended, acknowledge it with "
        + "@BreakingChange(reason = \"...\") here, or release a new major version with "
        + "-Akiln.openapi.baseline.allowOnMajorBump=true.");
  }

  @Test
  void anOperationGoneWithItsClassIsFlaggedWithoutElement() {
    Compilation compilation = against(TWO_OPERATIONS, api(
        "public class Api {",
        "  @Get(\"/users\")",
        "  public String users() { return \"\"; }",
        "}"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-operation-removed] GET /pets of the baseline ");
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-operation-removed] GET /pets/{id} of the baseline ");
  }

  @Test
  void aMovedOperationIsFlaggedOnItsMethod() {
    Compilation compilation = against(TWO_OPERATIONS, api(
        "public class Api {",
        "  @Get(\"/pets\")",
        "  public String list() { return \"\"; }",
        "  @Put(\"/animals/{id}\")",
        "  public String find(long id) { return \"\"; }",
        "}"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:breaking-operation-changed] Operation \"find\" was "
            + "GET /pets/{id} in the baseline and is PUT /animals/{id}: clients calling "
            + "GET /pets/{id} would get 404 or 405. Keep its method and path, and add the new "
            + "route as another method.")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("public String find(long id)");
  }

  @Test
  void newOperationsAndRenamedPathVariablesPassListedInANote() {
    Compilation compilation = against(TWO_OPERATIONS, api(
        "public class Api {",
        "  @Get(\"/pets\")",
        "  public String list() { return \"\"; }",
        "  @Get(\"/pets/{petId}\")",
        "  public String find(long petId) { return \"\"; }",
        "  @Delete(\"/pets/{petId}\")",
        "  public void remove(long petId) {}",
        "}"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[kiln:api-changes] Against the baseline ");
    assertThat(compilation).hadNoteContaining(": 1 compatible change");
    assertThat(compilation).hadNoteContaining("- new operation DELETE /pets/{petId}");
  }

  @Test
  void aChangedSuccessStatusIsFlaggedOnItsMethod() {
    failsOnce(against(TWO_OPERATIONS, pets("", "@Status(203)", "", "long id")),
        "[kiln:breaking-success-status-changed] GET /pets answered 200 in the baseline and "
            + "answers 203: clients checking the status would fail. Keep the status (@Status).",
        "public String list()");
  }

  @Test
  void aResponseMediaTypeGoneIsFlaggedOnItsMethod() {
    failsOnce(against(TWO_OPERATIONS, pets("", "@Produces(\"text/html\")", "", "long id")),
        "[kiln:breaking-media-type-removed] the 200 answer of GET /pets no longer has "
            + "text/plain: clients sending or expecting it would fail.",
        "public String list()");
  }

  @Test
  void aRequestMediaTypeGoneIsFlaggedOnTheBody() {
    JavaFileObject before =
        addPet("@Consumes({\"application/json\", \"application/x-www-form-urlencoded\"})");
    failsOnce(against(before, addPet("")),
        "[kiln:breaking-media-type-removed] the request body of POST /pets no longer has "
            + "application/x-www-form-urlencoded",
        "Pet pet)");
  }
}
