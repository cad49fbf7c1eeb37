package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import dev.kiln.test.WithoutContractCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The example app's class-path folder {@code static} under {@code /static}: hand-written routes,
 * not operations of the OpenAPI document, so not contract-checked.
 */
@WithoutContractCheck
class StaticFilesIT {
  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  @Test
  void servesTheStylesheetWithValidators() {
    Http.Response css = Http.of(APP).get("/static/css/site.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.contentType()).isEqualTo("text/css; charset=utf-8");
    assertThat(css.body()).contains("font-family");
    assertThat(css.header("Content-Length")).isEqualTo(Integer.toString(css.bytes().length));
    assertThat(css.header("Last-Modified")).endsWith(" GMT");
    String etag = css.header("ETag");
    assertThat(Http.of(APP).get("/static/css/site.css", "If-None-Match", etag).status())
        .isEqualTo(304);
  }

  @Test
  void servesTheIndexAndRefusesTraversal() {
    Http.Response index = Http.of(APP).get("/static");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<a href=\"/ui/pets\">");
    assertThat(Http.of(APP).get("/static/%2e%2e/META-INF/kiln/openapi.json").status())
        .isEqualTo(404);
    assertThat(Http.of(APP).get("/static/..%2fMETA-INF%2fkiln%2fopenapi.json").status())
        .isEqualTo(404);
  }

  /**
   * The processor writes the native-image resource configuration of the folder the app declares
   * ({@code @StaticResources}): it takes in the folder and every file of it in the runnable jar,
   * and nothing else.
   */
  @Test
  void theGeneratedNativeImageConfigCoversTheStaticFolder() throws IOException {
    JsonNode config = Http.json(Files.readString(Path.of(System.getProperty(
        "kiln.exampleClasses", "../example-app/target/classes"))
        .resolve("META-INF/native-image/dev.kiln/openapi/static/resource-config.json")));
    List<String> patterns = new ArrayList<>();
    for (JsonNode include : config.get("resources").get("includes")) {
      patterns.add(include.get("pattern").asString());
    }
    assertThat(patterns).containsExactly("\\Qstatic\\E(/.*)?");
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(System.getProperty("kiln.exampleJar"))) {
      jar.stream().forEach(entry -> names.add(entry.getName().replaceAll("/$", "")));
    }
    List<String> included = names.stream().filter(name -> name.matches(patterns.get(0))).toList();
    assertThat(included).contains("static", "static/index.html", "static/css/site.css")
        .allMatch(name -> name.equals("static") || name.startsWith("static/"));
  }
}
