package dev.kiln.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.generated.Route;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17: CORS answers and preflights, over HTTP. */
class CorsTest {
  private static FilterServer server;

  @BeforeAll
  static void start() throws Exception {
    server = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/public", ex -> ex.respondText(200, "public")))
        .route(Route.of("GET", "/items/{id}", ex -> ex.respondText(200, "item")))
        .route(Route.of("PUT", "/items/{id}", ex -> ex.respondEmpty(204)))
        .route(Route.of("DELETE", "/items/{id}", ex -> ex.respondEmpty(204)))
        .filter("/public", Cors.anyOrigin())
        .filter(Cors.builder()
            .allowOrigins("https://app.example.com", "https://*.example.org")
            .allowMethods("GET", "PUT")
            .allowHeaders("Content-Type", "X-Token")
            .exposeHeaders("X-Request-Id")
            .allowCredentials(true)
            .maxAge(Duration.ofMinutes(10))
            .build().except("/public")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpHeaders get(String path, String origin) throws Exception {
    HttpResponse<String> answer = server.send(server.request(path).header("Origin", origin));
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.headers();
  }

  private static HttpResponse<String> preflight(String path, String origin, String method,
      String headers) throws Exception {
    HttpRequest.Builder request = server.request(path)
        .method("OPTIONS", BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", method);
    if (headers != null) {
      request.header("Access-Control-Request-Headers", headers);
    }
    return server.send(request);
  }

  @Test
  void anyOriginGetsAStarWithoutVary() throws Exception {
    HttpHeaders headers = get("/public", "https://anyone.test");
    assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(headers.firstValue("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(headers.firstValue("Vary")).isEmpty();
  }

  @Test
  void anExactOriginIsEchoedWithCredentialsAndExposedHeaders() throws Exception {
    HttpHeaders headers = get("/items/1", "https://app.example.com");
    assertThat(headers.firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://app.example.com");
    assertThat(headers.firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    assertThat(headers.firstValue("Access-Control-Expose-Headers")).hasValue("X-Request-Id");
    assertThat(headers.firstValue("Vary")).hasValue("Origin");
  }

  @Test
  void aPatternMatchesOneHostLevelOrMore() throws Exception {
    assertThat(get("/items/1", "https://shop.example.org")
        .firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example.org");
    assertThat(get("/items/1", "https://example.org.evil.test")
        .firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(get("/items/1", "https://a.example.org:8443")
        .firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aDisallowedOriginGetsNoCorsHeaders() throws Exception {
    HttpHeaders headers = get("/items/1", "https://evil.test");
    assertThat(headers.map().keySet()).noneMatch(name -> name.startsWith("access-control"));
    assertThat(headers.firstValue("Vary")).hasValue("Origin");
  }

  @Test
  void aPreflightIsAnsweredWithTheRoutesAllowedMethods() throws Exception {
    HttpResponse<String> answer = preflight("/items/1", "https://app.example.com", "PUT",
        "content-type, x-token");
    assertThat(answer.statusCode()).isEqualTo(204);
    HttpHeaders headers = answer.headers();
    assertThat(headers.firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://app.example.com");
    // DELETE is the route's but not configured; HEAD comes with GET
    assertThat(headers.firstValue("Access-Control-Allow-Methods")).hasValue("GET, PUT");
    assertThat(headers.firstValue("Access-Control-Allow-Headers"))
        .hasValue("content-type, x-token");
    assertThat(headers.firstValue("Access-Control-Max-Age")).hasValue("600");
    assertThat(headers.firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    assertThat(headers.firstValue("Vary")).hasValue(
        "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
  }

  @Test
  void aPreflightForAnotherMethodOrHeaderGetsNoCorsHeaders() throws Exception {
    for (HttpResponse<String> answer : List.of(
        preflight("/items/1", "https://app.example.com", "DELETE", null),
        preflight("/items/1", "https://app.example.com", "PUT", "X-Other"),
        preflight("/items/1", "https://evil.test", "PUT", null))) {
      assertThat(answer.statusCode()).isEqualTo(204);
      assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD, PUT, DELETE, OPTIONS");
      assertThat(answer.headers().map().keySet())
          .noneMatch(name -> name.startsWith("access-control"));
    }
  }

  @Test
  void anyOriginPreflightEchoesTheRequestedHeaders() throws Exception {
    HttpResponse<String> answer = preflight("/public", "https://anyone.test", "GET", "X-Whatever");
    assertThat(answer.statusCode()).isEqualTo(204);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(answer.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
    assertThat(answer.headers().firstValue("Access-Control-Allow-Headers")).hasValue("X-Whatever");
  }

  @Test
  void aPreflightOfAnUnknownPathIsNotFound() throws Exception {
    HttpResponse<String> answer = preflight("/nothing", "https://app.example.com", "GET", null);
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
