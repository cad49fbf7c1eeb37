package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Docs} over real HTTP, with fake webjars in a temporary class-path directory. */
class DocsTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  @TempDir
  Path classPath;

  @Test
  void servesTheDocumentThePagesAndTheirFiles() throws Exception {
    ClassLoader loader = fakeClassPath(true, true);
    try (KilnServer server = start(Docs.defaults().classLoader(loader))) {
      HttpResponse<String> document = get(server, "/openapi.json");
      assertThat(document.statusCode()).isEqualTo(200);
      assertThat(document.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(document.body()).isEqualTo("{\"openapi\":\"3.1.0\"}");

      HttpResponse<String> swagger = get(server, "/docs");
      assertThat(swagger.statusCode()).isEqualTo(200);
      assertThat(swagger.headers().firstValue("Content-Type"))
          .hasValue("text/html; charset=utf-8");
      assertThat(swagger.headers().firstValue("Content-Security-Policy"))
          .hasValue("img-src 'self' data:");
      assertThat(swagger.body()).contains("src=\"/docs/swagger-ui-bundle.js\"",
          "src=\"/docs/kiln-swagger-initializer.js\"", "href=\"/docs/swagger-ui.css\"");
      assertThat(get(server, "/docs/swagger-ui-bundle.js").body()).isEqualTo("bundle 5.1.0");
      assertThat(get(server, "/docs/swagger-ui.css").headers().firstValue("Content-Type"))
          .hasValue("text/css; charset=utf-8");
      assertThat(get(server, "/docs/kiln-swagger-initializer.js").body())
          .contains("url: \"/openapi.json\"", "validatorUrl: null",
              "oauth2RedirectUrl: window.location.origin + \"/docs/oauth2-redirect.html\"");
      HttpResponse<String> redirect = get(server, "/docs/oauth2-redirect.html");
      assertThat(redirect.statusCode()).isEqualTo(200);
      assertThat(redirect.headers().firstValue("Content-Type"))
          .hasValue("text/html; charset=utf-8");
      assertThat(get(server, "/docs/index.html").statusCode()).isEqualTo(404);
      assertThat(get(server, "/docs/swagger-initializer.js").statusCode()).isEqualTo(404);

      HttpResponse<String> redoc = get(server, "/redoc");
      assertThat(redoc.body()).contains("src=\"/redoc/redoc.standalone.js\"",
          "src=\"/redoc/kiln-redoc-init.js\"").doesNotContain("https://");
      assertThat(redoc.headers().firstValue("Content-Security-Policy"))
          .hasValue("img-src 'self' data:");
      assertThat(get(server, "/redoc/redoc.standalone.js").body()).isEqualTo("redoc 2.5.1");
      assertThat(get(server, "/redoc/kiln-redoc-init.js").body())
          .isEqualTo("Redoc.init(\"/openapi.json\", {}, "
              + "document.getElementById(\"redoc-container\"));\n");
    }
  }

  @Test
  void pathsMoveAndPartsSwitchOff() throws Exception {
    ClassLoader loader = fakeClassPath(true, false);
    Docs docs = Docs.defaults().classLoader(loader).openApiPath("/api/spec.json")
        .swaggerUiPath("/api/ui").redoc(false);
    try (KilnServer server = start(docs)) {
      assertThat(get(server, "/api/spec.json").statusCode()).isEqualTo(200);
      assertThat(get(server, "/openapi.json").statusCode()).isEqualTo(404);
      assertThat(get(server, "/api/ui/kiln-swagger-initializer.js").body())
          .contains("url: \"/api/spec.json\"");
      assertThat(get(server, "/docs").statusCode()).isEqualTo(404);
      assertThat(get(server, "/redoc").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aMissingWebjarFailsAtStartWithAHint() throws Exception {
    ClassLoader loader = fakeClassPath(true, false);
    assertThatThrownBy(() -> Docs.defaults().classLoader(loader).routes())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Kiln docs: META-INF/maven/org.webjars/redoc/pom.properties is not on the "
            + "class path. Add the dependency org.webjars:redoc (2.5.x) to the application, or "
            + "switch this page off.");
    assertThatThrownBy(() -> Docs.defaults().classLoader(new URLClassLoader(new URL[0], null))
        .routes())
        .hasMessageStartingWith("Kiln docs: META-INF/kiln/openapi.json is not on the class path.");
  }

  @Test
  void aDocsPathIsLiteralSegments() {
    assertThatThrownBy(() -> Docs.defaults().swaggerUiPath("/docs/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Docs.defaults().redocPath("/{x}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private ClassLoader fakeClassPath(boolean swaggerUi, boolean redoc) throws IOException {
    write("META-INF/kiln/openapi.json", "{\"openapi\":\"3.1.0\"}");
    if (swaggerUi) {
      write("META-INF/maven/org.webjars/swagger-ui/pom.properties", "version=5.1.0\n");
      for (String file : Docs.SWAGGER_UI_FILES) {
        write("META-INF/resources/webjars/swagger-ui/5.1.0/" + file, "x");
      }
      write("META-INF/resources/webjars/swagger-ui/5.1.0/swagger-ui-bundle.js", "bundle 5.1.0");
      write("META-INF/resources/webjars/swagger-ui/5.1.0/index.html", "not served");
    }
    if (redoc) {
      write("META-INF/maven/org.webjars/redoc/pom.properties", "version=2.5.1\n");
      write("META-INF/resources/webjars/redoc/2.5.1/redoc.standalone.js", "redoc 2.5.1");
    }
    return new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null);
  }

  private void write(String name, String text) throws IOException {
    Path file = classPath.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static KilnServer start(Docs docs) throws IOException {
    return KilnServer.builder().port(0).docs(docs).shutdownTimeout(Duration.ZERO).start();
  }

  private static HttpResponse<String> get(KilnServer server, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
