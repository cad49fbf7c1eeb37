package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.GeneratedServers;
import dev.kiln.runtime.KilnServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A JSON answer is sent with the JSON media type its {@code @Produces} declares (as the OpenAPI
 * document says), and a JSON answer declared as another media type is a compile error.
 */
class JsonMediaTypeTest {
  private static final JavaFileObject ITEM =
      Compilations.source("Item", "public record Item(int id, String name) {}");

  @Test
  void aDeclaredJsonMediaTypeIsSent() throws Exception {
    Compilation compilation = Compilations.compile(ITEM, Compilations.source("ItemsController",
        "@Path(\"/items\")",
        "public class ItemsController {",
        "  @Get(\"/vendor\")",
        "  @Produces(\"application/vnd.kiln.item+json\")",
        "  public Item vendor() { return new Item(1, \"vendor\"); }",
        "",
        "  @Get(\"/charset\")",
        "  @Produces(\"application/json; charset=utf-8\")",
        "  public Optional<Item> charset() { return Optional.of(new Item(2, \"utf-8\")); }",
        "",
        "  @Get(\"/plain\")",
        "  public Item plain() { return new Item(3, \"plain\"); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    KilnServer server = GeneratedServers.start(compilation, "test.ItemsController");
    try {
      assertAnswer(server, "/items/vendor", "application/vnd.kiln.item+json",
          "{\"id\":1,\"name\":\"vendor\"}");
      assertAnswer(server, "/items/charset", "application/json; charset=utf-8",
          "{\"id\":2,\"name\":\"utf-8\"}");
      assertAnswer(server, "/items/plain", "application/json", "{\"id\":3,\"name\":\"plain\"}");
    } finally {
      server.stop(Duration.ZERO);
    }
    String document = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/kiln/openapi.json").orElseThrow().getCharContent(true).toString();
    assertThat(document).contains("\"application/vnd.kiln.item+json\"", "\"application/json; charset=utf-8\"");
  }

  private static void assertAnswer(KilnServer server, String path, String contentType,
      String json) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue(contentType);
    assertThat(answer.body()).isEqualTo(json);
  }

  @Test
  void aJsonAnswerDeclaredAsAnotherMediaTypeIsAnError() {
    JavaFileObject controller = Compilations.source("TextController",
        "@Path(\"/text\")",
        "public class TextController {",
        "  @Get",
        "  @Produces(\"text/plain\")",
        "  public dev.kiln.runtime.Response<List<Item>> items() {",
        "    return dev.kiln.runtime.Response.ok(List.of());",
        "  }",
        "}");
    Compilation compilation = Compilations.compile(ITEM, controller);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[kiln:json-media-type] items() answers JSON, "
        + "which is sent as application/json or another JSON media type (application/json; ..., "
        + "or a +json type such as application/vnd.example+json), not text/plain. Use a JSON "
        + "media type in @Produces, or return String, byte[] or InputStream to answer "
        + "text/plain.").inFile(controller).onLineContaining("@Produces(\"text/plain\")");
  }
}
