package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.assertOneError;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Handlers returning an {@code HtmlPage} (a record rendering itself): the generated route answers
 * {@code text/html; charset=utf-8} with an ETag and 304, status and headers stay settable through
 * {@code Response<P>}, the document states {@code text/html} and the 304, and misuse is a compile
 * error on the right line.
 */
class HtmlPageRoutesTest {
  /** jackson-databind 2, on the test class path with swagger-parser. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JavaFileObject greeting() {
    return source("Greeting",
        "import dev.kiln.runtime.HtmlPage;",
        "public record Greeting(String name) implements HtmlPage {",
        "  public String html() {",
        "    return \"<p>Hello \" + name.replace(\"<\", \"&lt;\") + \"</p>\";",
        "  }",
        "}");
  }

  private static JavaFileObject pages() {
    return source("Greetings",
        "import dev.kiln.runtime.*;",
        "import java.util.concurrent.CompletableFuture;",
        "import java.util.concurrent.CompletionStage;",
        "@Path(\"/hello\")",
        "public class Greetings {",
        "  @Get(\"/{name}\")",
        "  public Greeting hello(String name) {",
        "    return new Greeting(name);",
        "  }",
        "",
        "  @Get",
        "  public Optional<Greeting> nobody(@QueryParam(\"name\") Optional<String> name) {",
        "    return name.map(Greeting::new);",
        "  }",
        "",
        "  @Post",
        "  @ApiResponse(status = 422, description = \"The form again\")",
        "  public Response<HtmlPage> post(@QueryParam(\"name\") String name) {",
        "    return Response.status(422).header(\"X-Form\", \"again\")",
        "        .body((HtmlPage) new Greeting(name));",
        "  }",
        "",
        "  @Get(\"/later/{name}\")",
        "  public CompletionStage<Greeting> later(String name) {",
        "    return CompletableFuture.completedFuture(new Greeting(name));",
        "  }",
        "}");
  }

  @Test
  void generatedRoutesAnswerPagesAsHtmlWithAnEtag() throws Exception {
    Compilation compilation = compile(greeting(), pages());
    assertThat(compilation).succeeded();
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Object handler = loader.loadClass("test.Greetings").getConstructor().newInstance();
    RouteGroup routes = (RouteGroup) loader.loadClass("test.Greetings_Routes")
        .getConstructor(handler.getClass()).newInstance(handler);
    HttpClient client = HttpClient.newHttpClient();
    try (KilnServer server = KilnServer.builder().port(0)
        .shutdownTimeout(Duration.ofSeconds(1)).routes(routes).start()) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base
          + "/hello/%3Cb%3E")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.body()).isEqualTo("<p>Hello &lt;b></p>");
      String etag = page.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).matches("\"[0-9a-f]{16}\"");
      assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");

      HttpResponse<String> same = client.send(HttpRequest.newBuilder(URI.create(base
          + "/hello/%3Cb%3E")).header("If-None-Match", etag).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(same.statusCode()).isEqualTo(304);
      assertThat(same.body()).isEmpty();

      HttpResponse<String> later = client.send(HttpRequest.newBuilder(URI.create(base
          + "/hello/later/Rex")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(later.body()).isEqualTo("<p>Hello Rex</p>");

      HttpResponse<String> absent = client.send(HttpRequest.newBuilder(URI.create(base
          + "/hello")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(absent.statusCode()).isEqualTo(404);
      assertThat(absent.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");

      HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(base
          + "/hello?name=Tom")).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).isEqualTo(422);
      assertThat(posted.headers().firstValue("X-Form")).hasValue("again");
      assertThat(posted.headers().firstValue("ETag")).isEmpty();
      assertThat(posted.headers().firstValue("Content-Type"))
          .hasValue("text/html; charset=utf-8");
      assertThat(posted.body()).isEqualTo("<p>Hello Tom</p>");
    }
  }

  @Test
  void theDocumentStatesHtmlAndTheNotModifiedAnswer() throws Exception {
    Compilation compilation = compile(greeting(), pages());
    JsonNode document = MAPPER.readTree(compilation.generatedFile(
        StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi.json").orElseThrow()
        .getCharContent(true).toString());
    JsonNode get = document.at("/paths/~1hello~1{name}/get/responses");
    assertThat(get.at("/200/content")).isEqualTo(MAPPER.readTree(
        "{\"text/html; charset=utf-8\":{\"schema\":{\"type\":\"string\"}}}"));
    assertThat(get.at("/304")).isEqualTo(MAPPER.readTree("{\"description\":"
        + "\"Not Modified: the page still has the ETag named by If-None-Match\"}"));
    JsonNode post = document.at("/paths/~1hello/post/responses");
    assertThat(post.at("/422/content")).isEqualTo(get.at("/200/content"));
    assertThat(post.has("304")).isFalse();
    // a page is no JSON type: no schema of its own
    assertThat(document.at("/components/schemas/Greeting").isMissingNode()).isTrue();
  }

  @Test
  void aDeclaredResponseMayHaveATextContentOfItsOwn() throws Exception {
    JavaFileObject form = source("Form",
        "import dev.kiln.runtime.Response;",
        "public class Form {",
        "  public record Entry(String name) {}",
        "",
        "  @Post(\"/form\")",
        "  @Consumes(\"application/x-www-form-urlencoded\")",
        "  @ApiResponse(status = 422, description = \"The form again\",",
        "      mediaType = \"text/html; charset=utf-8\")",
        "  public Response<Void> submit(Entry entry) { return Response.status(204).build(); }",
        "}");
    Compilation compilation = compile(form);
    assertThat(compilation).succeeded();
    JsonNode document = MAPPER.readTree(compilation.generatedFile(
        StandardLocation.CLASS_OUTPUT, "META-INF/kiln/openapi.json").orElseThrow()
        .getCharContent(true).toString());
    assertThat(document.at("/paths/~1form/post/responses/422")).isEqualTo(MAPPER.readTree(
        "{\"description\":\"The form again\",\"content\":{\"text/html; charset=utf-8\":"
        + "{\"schema\":{\"type\":\"string\"}}}}"));
  }

  @Test
  void aDeclaredMediaTypeMustBeTextOfAResponseWithContent() {
    assertOneError(source("Json",
        "public class Json {",
        "  @Get(\"/json\")",
        "  @ApiResponse(status = 422, mediaType = \"application/json\")",
        "  public String json() { return \"\"; }",
        "}"), "[kiln:api-response-media-type] @ApiResponse(status = 422) of json() says "
        + "mediaType \"application/json\", which is not a text media type.",
        "@ApiResponse(status = 422, mediaType = \"application/json\")");
    assertOneError(source("None",
        "public class None {",
        "  @Get(\"/none\")",
        "  @ApiResponse(status = 404, empty = true, mediaType = \"text/html\")",
        "  public String none() { return \"\"; }",
        "}"), "[kiln:api-response-media-type] @ApiResponse(status = 404) of none() says "
        + "mediaType \"text/html\", but also empty = true",
        "@ApiResponse(status = 404, empty = true, mediaType = \"text/html\")");
  }

  @Test
  void aPageUnderAnotherMediaTypeIsAnError() {
    JavaFileObject bad = source("Bad",
        "public class Bad {",
        "  @Get(\"/bad\")",
        "  @Produces(\"application/json\")",
        "  public Greeting bad() { return new Greeting(\"x\"); }",
        "}");
    assertOneError(bad, "[kiln:page-media-type] bad() returns the HTML page test.Greeting, "
        + "which is answered as text/html; charset=utf-8, not application/json. Remove "
        + "@Produces", "@Produces(\"application/json\")", greeting());
  }

  @Test
  void aPageUnderTextHtmlIsFine() {
    JavaFileObject fine = source("Fine",
        "public class Fine {",
        "  @Get(\"/fine\")",
        "  @Produces(\"text/html; charset=utf-8\")",
        "  public Greeting fine() { return new Greeting(\"x\"); }",
        "}");
    assertThat(compile(greeting(), fine)).succeeded();
  }

  @Test
  void aListOfPagesIsAnUnsupportedReturnType() {
    JavaFileObject list = source("Many",
        "public class Many {",
        "  @Get(\"/many\")",
        "  public List<Greeting> many() { return List.of(); }",
        "}");
    assertOneError(list, "[kiln:unsupported-type] many() returns java.util.List<test.Greeting>",
        "public List<Greeting> many()", greeting());
  }

  @Test
  void aClientCannotReadAPage() {
    JavaFileObject api = source("GreetingApi",
        "@Client",
        "public interface GreetingApi {",
        "  @Get(\"/hello/{name}\")",
        "  Greeting hello(String name);",
        "}");
    Compilation compilation = compile(greeting(), api);
    assertThat(compilation).hadErrorContaining("[kiln:client-html-page] @Client method hello()"
        + " returns the HTML page test.Greeting, which a generated client cannot read")
        .inFile(api).onLineContaining("Greeting hello(String name);");
  }
}
