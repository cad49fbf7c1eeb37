package dev.kiln.runtime.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.HtmlPage;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.Response;
import dev.kiln.runtime.support.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link HtmlAnswers}: pages as text/html with an ETag, 304 and HEAD, over real HTTP. */
class HtmlAnswersTest {
  private static final String PAGE = "<p>Grüße &amp; more</p>";

  private static KilnServer serve(int status, HtmlPage page) throws IOException {
    return KilnServer.builder().port(0)
        .route(Route.of("GET", "/page", exchange ->
            HtmlAnswers.respond(exchange, status, page, "Pages.page")))
        .route(Route.of("POST", "/page", exchange ->
            HtmlAnswers.respond(exchange, 200, page, "Pages.post")))
        .route(Route.of("GET", "/own", exchange -> {
          exchange.setHeaders(Response.status(200).header("ETag", "\"v7\"")
              .header("Cache-Control", "max-age=60").build());
          HtmlAnswers.respond(exchange, 200, page, "Pages.own");
        }))
        .start();
  }

  @Test
  void aPageIsHtmlWithAnEtagAnd304WhenItMatches() throws Exception {
    try (KilnServer server = serve(200, () -> PAGE)) {
      RawHttp page = RawHttp.send(server.port(), "GET", "/page");
      assertThat(page.status).isEqualTo(200);
      assertThat(page.headers).containsEntry("content-type", "text/html; charset=utf-8")
          .containsEntry("cache-control", "no-cache")
          .containsEntry("content-length",
              Integer.toString(PAGE.getBytes(StandardCharsets.UTF_8).length));
      assertThat(new String(page.rest, StandardCharsets.UTF_8)).isEqualTo(PAGE);
      String etag = page.headers.get("etag");
      assertThat(etag).isEqualTo(HtmlAnswers.etag(PAGE.getBytes(StandardCharsets.UTF_8)))
          .matches("\"[0-9a-f]{16}\"");

      RawHttp same = RawHttp.send(server.port(), "GET", "/page",
          "If-None-Match: \"other\", W/" + etag);
      assertThat(same.status).isEqualTo(304);
      assertThat(same.rest).isEmpty();
      assertThat(same.headers).containsEntry("etag", etag);
      assertThat(RawHttp.send(server.port(), "GET", "/page", "If-None-Match: \"other\"").status)
          .isEqualTo(200);

      RawHttp head = RawHttp.send(server.port(), "HEAD", "/page");
      assertThat(head.status).isEqualTo(200);
      assertThat(head.rest).isEmpty();
      assertThat(head.headers).containsEntry("etag", etag)
          .containsEntry("content-length", page.headers.get("content-length"));
    }
  }

  @Test
  void theHandlersOwnEtagAndCacheControlWin() throws Exception {
    try (KilnServer server = serve(200, () -> PAGE)) {
      RawHttp own = RawHttp.send(server.port(), "GET", "/own");
      assertThat(own.headers).containsEntry("etag", "\"v7\"")
          .containsEntry("cache-control", "max-age=60");
      assertThat(RawHttp.send(server.port(), "GET", "/own", "If-None-Match: \"v7\"").status)
          .isEqualTo(304);
    }
  }

  @Test
  void otherStatusesAndMethodsCarryNoEtag() throws Exception {
    try (KilnServer server = serve(422, () -> PAGE)) {
      RawHttp invalid = RawHttp.send(server.port(), "GET", "/page", "If-None-Match: *");
      assertThat(invalid.status).isEqualTo(422);
      assertThat(invalid.headers).doesNotContainKey("etag")
          .containsEntry("content-type", "text/html; charset=utf-8");
      assertThat(new String(invalid.rest, StandardCharsets.UTF_8)).isEqualTo(PAGE);
      RawHttp posted = RawHttp.send(server.port(), "POST", "/page", "If-None-Match: *",
          "Content-Length: 0");
      assertThat(posted.status).isEqualTo(200);
      assertThat(posted.headers).doesNotContainKey("etag");
    }
  }

  @Test
  void aNullPageIsA500NamingTheHandler() throws Exception {
    try (KilnServer server = serve(200, () -> null)) {
      RawHttp failed = RawHttp.send(server.port(), "GET", "/page");
      assertThat(failed.status).isEqualTo(500);
      assertThat(failed.headers).containsEntry("content-type", "application/problem+json");
    }
  }
}
