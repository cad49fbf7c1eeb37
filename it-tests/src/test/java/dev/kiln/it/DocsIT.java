package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import dev.kiln.test.WithoutContractCheck;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.Parameter;
import tools.jackson.databind.JsonNode;

/** The example app's OpenAPI document and its Swagger UI and ReDoc pages, served offline. */
// The pages and assets at /docs and /redoc and the document itself are no operations of the API:
// the contract check (which answers 404 for paths outside the document) does not apply to them.
@EachProvider
@WithoutContractCheck
class DocsIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  private static final Path CLASSES = Path.of(System.getProperty("kiln.exampleClasses",
      "../example-app/target/classes"));
  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

  @Test
  void openApiJsonIsTheBuiltResourceByteForByte() throws Exception {
    byte[] built = Files.readAllBytes(CLASSES.resolve("META-INF/kiln/openapi.json"));
    HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(Http.of(APP).base() + "/openapi.json")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(built, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(answer.body()).isEqualTo(built);
  }

  @Test
  void theDocumentIsValidOpenApi31() throws IOException {
    String json = Files.readString(CLASSES.resolve("META-INF/kiln/openapi.json"));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getPaths().keySet())
        .contains("/hello", "/items", "/items/{id}", "/todos", "/todos/{id}", "/todos/{id}/done",
            "/pet", "/store/order/{orderId}", "/user/{username}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/docs", "/redoc"})
  void everyAssetOfThePageIsServedByTheApp(String page) {
    Http http = Http.of(APP);
    Http.Response html = http.get(page);
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(html.header("Content-Security-Policy")).isEqualTo("img-src 'self' data:");
    List<String> assets = new ArrayList<>();
    Matcher matcher = ASSET.matcher(html.body());
    while (matcher.find()) {
      assets.add(matcher.group(1));
    }
    assertThat(assets).isNotEmpty().allMatch(asset -> asset.startsWith(page + "/"),
        "served by the app itself, not a CDN");
    for (String asset : assets) {
      Http.Response answer = http.get(asset);
      assertThat(answer.status()).as(asset).isEqualTo(200);
      assertThat(answer.body()).as(asset).isNotEmpty();
    }
  }

  @Test
  void theHomePageLinksToTheDocumentsAndResourcesThatAnswer() {
    Http http = Http.of(APP);
    Http.Response home = http.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.contentType()).isEqualTo("text/html; charset=utf-8");
    List<String> links = new ArrayList<>();
    Matcher matcher = ASSET.matcher(home.body());
    while (matcher.find()) {
      links.add(matcher.group(1));
    }
    assertThat(links).contains("/docs", "/redoc", "/openapi.json", "/hello", "/todos", "/notes");
    for (String link : links) {
      assertThat(http.get(link).status()).as(link).isEqualTo(200);
    }
  }

  @Test
  void swaggerUiIsPointedAtTheAppsDocumentWithNoValidator() {
    String initializer = Http.of(APP).get("/docs/kiln-swagger-initializer.js").body();
    assertThat(initializer).contains("url: \"/openapi.json\"", "validatorUrl: null")
        .doesNotContain("petstore");
  }

  @Test
  void theNativeImageResourceConfigCoversEveryServedFile() throws IOException {
    JsonNode config = Http.json(Files.readString(CLASSES.resolve(
        "META-INF/native-image/dev.kiln/openapi/resource-config.json")));
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(System.getProperty("kiln.exampleJar"))) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        names.add(entries.nextElement().getName());
      }
    }
    List<String> patterns = new ArrayList<>();
    for (JsonNode include : config.get("resources").get("includes")) {
      patterns.add(include.get("pattern").asString());
    }
    for (String pattern : patterns) {
      assertThat(names).as(pattern).anyMatch(name -> name.matches(pattern));
    }
    // the served webjar files are among them
    for (String name : List.of("META-INF/kiln/openapi.json",
        "META-INF/resources/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js",
        "META-INF/resources/webjars/redoc/2.5.1/redoc.standalone.js")) {
      assertThat(patterns).as(name).anyMatch(name::matches);
    }
  }
}
