package dev.kiln.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Route;
import java.io.OutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17: a plain JDK handler and a second Kiln application mounted under prefixes. */
class MountTest {
  private static FilterServer server;

  /** A plain JDK handler echoing what it sees: method, path, query. */
  private static void echo(HttpExchange http) throws java.io.IOException {
    byte[] body = (http.getRequestMethod() + " " + http.getRequestURI())
        .getBytes(StandardCharsets.UTF_8);
    http.sendResponseHeaders(200, body.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(body);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    KilnServer.Builder v2 = KilnServer.builder()
        .route(Route.of("GET", "/items/{id}", ex -> ex.respondText(200, "v2 item "
            + ex.pathParam(0)), "getItemV2"))
        .filter(RequestId.filter());
    server = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/items/{id}", ex -> ex.respondText(200, "v1 item "
            + ex.pathParam(0))))
        .route(Route.of("GET", "/legacyish", ex -> ex.respondText(200, "route")))
        .mount("/legacy/", MountTest::echo)
        .mount("/v2", v2.handler())
        .mount("/broken", http -> {
          throw new IllegalStateException("mounted failure");
        })
        .filter((exchange, chain) -> {
          exchange.http().getResponseHeaders().set("X-Outer", "seen");
          chain.proceed();
        }));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPlainHandlerGetsEveryMethodAndDepthWithThePrefixStripped() throws Exception {
    HttpResponse<String> deep = server.send(server.request("/legacy/a/b%20c?x=1&y=%2F"));
    assertThat(deep.statusCode()).isEqualTo(200);
    assertThat(deep.body()).isEqualTo("GET /a/b%20c?x=1&y=%2F");
    assertThat(deep.headers().firstValue("X-Outer")).hasValue("seen");

    assertThat(server.send(server.request("/legacy")).body()).isEqualTo("GET /");
    assertThat(server.send(server.request("/legacy/").DELETE()).body()).isEqualTo("DELETE /");
    assertThat(server.send(server.request("/legacy/x").method("PATCH",
        BodyPublishers.ofString("{}"))).body()).isEqualTo("PATCH /x");
    assertThat(server.send(server.request("/legacyish")).body()).isEqualTo("route");
  }

  @Test
  void aMountedKilnApplicationAnswersWithItsOwnRoutesAndFilters() throws Exception {
    HttpResponse<String> item = server.send(server.request("/v2/items/7"));
    assertThat(item.body()).isEqualTo("v2 item 7");
    assertThat(item.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(item.headers().firstValue("X-Outer")).hasValue("seen");
    assertThat(server.send(server.request("/items/7")).body()).isEqualTo("v1 item 7");

    HttpResponse<String> missing = server.send(server.request("/v2/nothing"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"detail\":\"No route matches /nothing.\"");
    assertThat(server.send(server.request("/v2/items/7").DELETE()).statusCode()).isEqualTo(405);
  }

  @Test
  void aMountedHandlersFailureIsA500() throws Exception {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("dev.kiln");
    log.setLevel(java.util.logging.Level.OFF);
    try {
      HttpResponse<String> failed = server.send(server.request("/broken/x"));
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).doesNotContain("mounted failure");
    } finally {
      log.setLevel(null);
    }
  }

  @Test
  void aMountNeedsAPrefixBelowTheRoot() {
    assertThatThrownBy(() -> KilnServer.builder().mount("/", MountTest::echo))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below /");
    assertThatThrownBy(() -> KilnServer.builder().mount("legacy", MountTest::echo))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
