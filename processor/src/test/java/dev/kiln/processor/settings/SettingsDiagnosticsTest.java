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

    Compilation compilation = compile(settings);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:settings-not-record] @Settings is on WebSettings, which is "
            + "not a record without type parameters.")
        .inFile(settings)
        .onLineContaining("@Settings");
  }

  @Test
  void badPrefix() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"Web_App\")",
        "public record WebSettings(int port) {",
        "}");

    Compilation compilation = compile(settings);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:settings-prefix] The @Settings prefix \"Web_App\" is not "
            + "dot-separated lower-case words")
        .inFile(settings)
        .onLineContaining("Web_App");
  }

  @Test
  void unsupportedComponentType() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(int port,",
        "    Map<String, String> headers) {",
        "}");

    Compilation compilation = compile(settings);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-setting-type] Setting headers of WebSettings has "
            + "type java.util.Map<java.lang.String,java.lang.String>, which a settings binder "
            + "cannot read from text.")
        .inFile(settings)
        .onLineContaining("headers");
  }

  @Test
  void unsupportedListItemType() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(",
        "    List<java.net.URI> upstreams) {",
        "}");

    Compilation compilation = compile(settings);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unsupported-setting-type] Setting upstreams of WebSettings")
        .inFile(settings)
        .onLineContaining("upstreams");
  }

  @Test
  void defaultThatIsNotItsType() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(",
        "    @DefaultValue(\"soon\") java.time.Duration timeout) {",
        "}");

    Compilation compilation = compile(settings);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:setting-default] The @DefaultValue \"soon\" of setting "
            + "timeout is not a valid java.time.Duration.")
        .inFile(settings)
        .onLineContaining("soon");
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

    Compilation compilation = compile(settings, node);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:settings-cycle] Setting next of Node contains Node again")
        .inFile(node)
        .onLineContaining("Node next");
  }

  @Test
  void constraintThatDoesNotApply() {
    JavaFileObject settings = source("WebSettings",
        "@Settings(prefix = \"web\")",
        "public record WebSettings(",
        "    @jakarta.validation.constraints.Email int port) {",
        "}");

    Compilation compilation = compile(settings);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@Email")
        .inFile(settings)
        .onLineContaining("@jakarta.validation.constraints.Email");
  }
}
