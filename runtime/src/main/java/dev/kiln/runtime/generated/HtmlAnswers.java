package dev.kiln.runtime.generated;

import com.sun.net.httpserver.Headers;
import dev.kiln.runtime.HtmlPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes the {@link HtmlPage}s handlers return, called by generated code only: {@code text/html;
 * charset=utf-8}, and for a 200 answer to {@code GET} (or {@code HEAD}) an {@code ETag} and 304
 * when {@code If-None-Match} names it.
 */
public final class HtmlAnswers {
  /** The media type of a page: {@value}. */
  public static final String HTML = "text/html; charset=utf-8";

  private HtmlAnswers() {}

  /**
   * Responds {@code status} with {@code page}. A 200 answer to {@code GET} carries an {@code ETag}
   * (the handler's own, if it set one, else {@link #etag}) and {@code Cache-Control: no-cache}
   * (unless the handler set one), and is 304 with no content when {@code If-None-Match} names
   * the tag. The page is rendered either way: what a 304 saves is the transfer.
   *
   * @param handler the handler method, named if {@code page} or its HTML is {@code null}
   */
  public static void respond(RouteExchange exchange, int status, HtmlPage page, String handler)
      throws IOException {
    String html = HandlerResults.nonNull(HandlerResults.nonNull(page, handler).html(), handler);
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String method = exchange.http().getRequestMethod();
    if (status == 200 && (method.equals("GET") || method.equals("HEAD"))) {
      Headers headers = exchange.http().getResponseHeaders();
      String etag = headers.getFirst("ETag");
      if (etag == null) {
        etag = etag(body);
        headers.set("ETag", etag);
      }
      if (!headers.containsKey("Cache-Control")) {
        headers.set("Cache-Control", "no-cache");
      }
      if (EntityTags.matches(exchange.header("If-None-Match"), etag)) {
        exchange.respondEmpty(304);
        return;
      }
    }
    exchange.respond(status, HTML, body);
  }

  /**
   * The entity tag of a page's bytes: {@code "} + 16 hex digits of their SHA-256 + {@code "}.
   */
  public static String etag(byte[] page) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(page);
      return "\"" + HexFormat.of().formatHex(hash, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
