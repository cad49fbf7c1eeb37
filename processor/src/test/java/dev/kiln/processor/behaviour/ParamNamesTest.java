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
import org.junit.jupiter.api.Test;

/**
 * Handler parameters may have any Java name: repeated enum and date query parameters convert
 * each value without a lambda whose parameter names ({@code x}, {@code in}, {@code name}, {@code
 * raw}) would clash with the handler's, which the generated routes class would not compile with.
 */
class ParamNamesTest {

  @Test
  void parametersNamedLikeAConvertersCompileAndBind() throws Exception {
    Compilation compilation = Compilations.compile(
        Compilations.source("Color", "public enum Color { RED, GREEN }"),
        Compilations.source("NamesController",
            "@Path(\"/names\")",
            "public class NamesController {",
            "  @Get",
            "  public String names(@QueryParam(\"in\") List<Color> in,",
            "      @QueryParam(\"name\") List<java.time.LocalDate> name,",
            "      @QueryParam(\"raw\") Set<Color> raw, @QueryParam(\"x\") List<Color> x,",
            "      @QueryParam(\"errors\") List<Color> errors) {",
            "    return in + \" \" + name + \" \" + raw + \" \" + x + \" \" + errors;",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    KilnServer server = GeneratedServers.start(compilation, "test.NamesController");
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + server.port() + "/names?in=RED&in=GREEN&name=2026-12-06"
              + "&raw=GREEN&x=RED&errors=GREEN")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("[RED, GREEN] [2026-12-06] [GREEN] [RED] [GREEN]");
      HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + server.port() + "/names?in=BLUE&name=soon")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(400);
      assertThat(wrong.body()).isEqualTo("{\"type\":\"https://kiln.dev/problems/invalid-request\","
          + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The request has 2 errors.\","
          + "\"instance\":\"/names\",\"errors\":[{\"in\":\"query\",\"name\":\"in\","
          + "\"message\":\"must be one of: RED, GREEN\",\"code\":\"enum\"},{\"in\":\"query\","
          + "\"name\":\"name\",\"message\":\"must be an ISO-8601 date (2024-01-31)\","
          + "\"code\":\"invalid_format\"}]}");
    } finally {
      server.stop(Duration.ZERO);
    }
  }
}
