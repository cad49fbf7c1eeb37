package dev.kiln.processor.generated;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.assertOneError;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.kiln.processor.KilnProcessor;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @StaticResources}: the native-image resource configuration of the class-path folders an
 * application serves is generated from what it declares, and a folder that is no resource name
 * is a compile error on its value.
 */
class StaticResourcesTest {
  private static final String CONFIG =
      "META-INF/native-image/dev.kiln/openapi/static/resource-config.json";

  private static JavaFileObject app(String folders) {
    return source("App",
        "@StaticResources(" + folders + ")",
        "public final class App {",
        "  static final String STATIC = \"static\";",
        "}");
  }

  private static String config(Compilation compilation, String path) throws Exception {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow()
        .getCharContent(true).toString();
  }

  @Test
  void theConfigurationIncludesEachFolderAndEverythingBelowIt() throws Exception {
    Compilation compilation = compile(app("{\"web/assets\", App.STATIC}"),
        source("More", "@StaticResources(\"static\")", "final class More {}"));
    assertThat(compilation).succeeded();
    // sorted, each once, in the format native-image reads
    assertThat(config(compilation, CONFIG)).isEqualTo("{\n"
        + "  \"resources\": {\n"
        + "    \"includes\": [\n"
        + "      {\n"
        + "        \"pattern\": \"\\\\Qstatic\\\\E(/.*)?\"\n"
        + "      },\n"
        + "      {\n"
        + "        \"pattern\": \"\\\\Qweb/assets\\\\E(/.*)?\"\n"
        + "      }\n"
        + "    ]\n"
        + "  }\n"
        + "}\n");
  }

  @Test
  void thePatternsMatchTheFolderAndItsFilesOnly() {
    // the regular expressions native-image applies to resource names
    Pattern pattern = Pattern.compile("\\Qstatic\\E(/.*)?");
    assertThat(pattern.matcher("static").matches()).isTrue();
    assertThat(pattern.matcher("static/css/site.css").matches()).isTrue();
    assertThat(pattern.matcher("static-other/x.css").matches()).isFalse();
    assertThat(pattern.matcher("statics/x.css").matches()).isFalse();
  }

  @Test
  void theDirectoryOptionPlacesIt() throws Exception {
    Compilation compilation = Compiler.javac().withProcessors(new KilnProcessor())
        .withOptions("-Akiln.nativeImage.dir=com.example/shop").compile(app("\"static\""));
    assertThat(compilation).succeeded();
    assertThat(config(compilation,
        "META-INF/native-image/com.example/shop/static/resource-config.json"))
        .contains("\\\\Qstatic\\\\E(/.*)?");
  }

  @Test
  void withoutTheAnnotationNothingIsWritten() {
    Compilation compilation = compile(source("Plain", "final class Plain {}"));
    assertThat(compilation).succeeded();
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, CONFIG)).isEmpty();
  }

  @Test
  void aFolderThatIsNoResourceNameIsAnError() {
    JavaFileObject bad = app("{\"static\",\n    \"../secrets\"}");
    assertOneError(bad, "[kiln:bad-static-folder] @StaticResources folder \"../secrets\" is not"
        + " a class-path folder name", "\"../secrets\"}");
  }

  @Test
  void aLeadingSlashOrWildcardIsAnError() {
    JavaFileObject slash = app("\"/static\"");
    assertThat(compile(slash)).hadErrorContaining("folder \"/static\" is not a class-path")
        .inFile(slash).onLineContaining("@StaticResources(\"/static\")");
    JavaFileObject wildcard = app("\"static/*\"");
    assertThat(compile(wildcard)).hadErrorContaining("folder \"static/*\" is not a class-path")
        .inFile(wildcard).onLineContaining("@StaticResources(\"static/*\")");
  }

  @Test
  void noFolderIsAnError() {
    JavaFileObject none = app("{}");
    assertOneError(none, "[kiln:bad-static-folder] @StaticResources names no folder",
        "@StaticResources({})");
  }
}
