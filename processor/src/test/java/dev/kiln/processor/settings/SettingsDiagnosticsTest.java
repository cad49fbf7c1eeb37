package dev.kiln.processor.settings;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Compile errors of {@code @Settings} records: message, file and line. */
class SettingsDiagnosticsTest {

  @Test
  void settingsOnAClass() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public class WebSettings {",
        "}");

    assertOneError(compile(settings),
        "[kiln:settings-not-record] @Settings is on WebSettings, which is "
            + "not a record without type parameters.",
        settings, "@Settings");
  }

  @Test
  void badPrefix() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"Web_App\")",
        "public record WebSettings(int port) {",
        "}");

    assertOneError(compile(settings),
        "[kiln:settings-prefix] The @Settings prefix \"Web_App\" is not "
            + "dot-separated lower-case words",
        settings, "Web_App");
  }

  @Test
  void unsupportedComponentType() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(int port,",
        "    Map<String, String> headers) {",
        "}");

    assertOneError(compile(settings),
        "[kiln:unsupported-setting-type] Setting headers of WebSettings has "
            + "type java.util.Map<java.lang.String,java.lang.String>, which a settings binder "
            + "cannot read from text.",
        settings, "headers");
  }

  @Test
  void unsupportedListItemType() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(",
        "    List<java.net.URI> upstreams) {",
        "}");

    assertOneError(compile(settings),
        "[kiln:unsupported-setting-type] Setting upstreams of WebSettings",
        settings, "upstreams");
  }

  @Test
  void defaultThatIsNotItsType() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(",
        "    @DefaultValue(\"soon\") java.time.Duration timeout) {",
        "}");

    assertOneError(compile(settings),
        "[kiln:setting-default] The @DefaultValue \"soon\" of setting "
            + "timeout is not a valid java.time.Duration.",
        settings, "soon");
  }

  @Test
  void nestedRecordContainingItself() {
    JavaFileObject node = source("Node",
        "public record Node(String name,",
        "    Node next) {",
        "}");
    JavaFileObject settings = source("TreeSettings",
        "@Settings(prefix = \"tree\")",
        "public record TreeSettings(Node root) {",
        "}");

    assertOneError(compile(settings, node),
        "[kiln:settings-cycle] Setting next of Node contains Node again", node, "Node next");
  }

  @Test
  void constraintThatDoesNotApply() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(",
        "    @jakarta.validation.constraints.Email int port) {",
        "}");

    assertOneError(compile(settings),
        "@Email",
        settings, "@jakarta.validation.constraints.Email");
  }

  /** Asserts that {@code compilation} had exactly one error, {@code message} on that line. */
  private static void assertOneError(Compilation compilation, String message,
      JavaFileObject file, String line) {
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}
