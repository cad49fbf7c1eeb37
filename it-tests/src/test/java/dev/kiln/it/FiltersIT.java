package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.ItemsController;
import dev.kiln.example.ItemsController_Routes;
import dev.kiln.example.WebSettings;
import dev.kiln.it.support.Apps;
import dev.kiln.runtime.KilnServer;
import dev.kiln.test.KilnResponse;
import dev.kiln.test.KilnTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 17: the example app's filters (request id, CORS, compression), over HTTP. */
class FiltersIT {
  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp(new WebSettings(
      List.of("http://localhost:8080", "https://*.example.org"), false, true));

  /** Generated routes carry their operationIds and templates to the filters. */
  @RegisterExtension
  static final KilnTest ROUTE_NAMES = KilnTest.of(() -> KilnServer.builder()
      .routes(new ItemsController_Routes(new ItemsController()))
      .filter((exchange, chain) -> {
        exchange.route().ifPresent(route -> exchange.http().getResponseHeaders()
            .set("X-Route", route.operationId() + " " + route.template()));
        chain.proceed();
      })).withoutContractCheck();

  @Test
  void filtersSeeTheGeneratedOperationIdAndTemplate() {
    assertThat(ROUTE_NAMES.client().get("/items/3").header("X-Route"))
        .isEqualTo("getItem /items/{id}");
  }

  @Test
  void everyOriginMayReadThePublicBenchRoutes() {
    KilnResponse hello = APP.client().get("/hello", "Origin", "https://anyone.test");
    assertThat(hello.header("Access-Control-Allow-Origin")).isEqualTo("*");
    KilnResponse item = APP.client().get("/items/1", "Origin", "https://anyone.test");
    assertThat(item.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void elsewhereOnlyTheConfiguredOriginsWithCredentials() {
    KilnResponse allowed = APP.client().get("/todos", "Origin", "http://localhost:8080");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
    assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(allowed.header("Vary")).contains("Origin");

    assertThat(APP.client().get("/todos", "Origin", "https://shop.example.org")
        .header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.org");
    KilnResponse refused = APP.client().get("/todos", "Origin", "https://anyone.test");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.headers().map().keySet())
        .noneMatch(name -> name.startsWith("access-control"));
  }

  @Test
  void aPreflightNamesTheRoutesMethods() {
    KilnResponse preflight = APP.client().options("/pet/1", "Origin", "http://localhost:8080",
        "Access-Control-Request-Method", "DELETE");
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, POST, DELETE");
    assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("3600");
  }

  @Test
  void theRequestIdIsEchoedAndInProblems() {
    KilnResponse answer = APP.client().get("/items/x", "X-Request-Id", "it-42");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("X-Request-Id")).isEqualTo("it-42");
    assertThat(answer.json("/requestId").asString()).isEqualTo("it-42");
    assertThat(APP.client().get("/hello").header("X-Request-Id")).hasSize(36);
  }

  @Test
  void theDocumentIsGzippedWhenAsked() throws IOException {
    KilnResponse plain = APP.client().unchecked().get("/openapi.json");
    KilnResponse gzipped = APP.client().unchecked().get("/openapi.json", "Accept-Encoding", "gzip");
    assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(gzipped.header("Vary")).isEqualTo("Origin, Accept-Encoding");
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.bytes()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
    }
  }
}
