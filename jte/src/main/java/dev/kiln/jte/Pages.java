package dev.kiln.jte;

import dev.kiln.runtime.Response;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * HTML pages from precompiled jte {@link Template}s, for handlers annotated {@code
 * @Produces(Pages.HTML)} that return {@code String} or {@code Response<String>}:
 *
 * <pre>{@code
 * @Get("/ui/pets")
 * @Produces(Pages.HTML)
 * @ApiResponse(status = 304, description = "Not modified", empty = true)
 * public Response<String> pets(Optional<String> q, @Header("If-None-Match") Optional<String> etag) {
 *   return Pages.page(JtepetsGenerated::render, new PetsPage(q, pets.search(q)), etag);
 * }
 * }</pre>
 *
 * <p>Output is HTML-escaped by jte's {@link OwaspHtmlTemplateOutput}: {@code ${value}} in text and
 * attribute values is escaped for its context, so user data cannot inject markup.
 */
public final class Pages {
  /** The media type of a page: {@value}. */
  public static final String HTML = "text/html; charset=utf-8";

  private Pages() {}

  /** The page {@code template} renders for {@code model}. */
  public static <M> String render(Template<M> template, M model) {
    Objects.requireNonNull(template, "template");
    StringOutput text = new StringOutput();
    template.render(new OwaspHtmlTemplateOutput(text), null, model);
    return text.toString();
  }

  /** A 200 answer with the page, its {@code ETag} and {@code Cache-Control: no-cache}. */
  public static <M> Response<String> page(Template<M> template, M model) {
    return page(template, model, Optional.empty());
  }

  /**
   * The page with an {@code ETag} (a hash of its bytes) and {@code Cache-Control: no-cache}: 200
   * with the page, or 304 with no content when {@code ifNoneMatch} (the request's {@code
   * If-None-Match}) names that tag (RFC 9110 section 13.1.2, weak comparison). The page is
   * rendered either way; what a 304 saves is the transfer.
   */
  public static <M> Response<String> page(Template<M> template, M model,
      Optional<String> ifNoneMatch) {
    String page = render(template, model);
    String etag = etag(page);
    boolean unchanged = ifNoneMatch.isPresent() && matches(ifNoneMatch.get(), etag);
    return Response.status(unchanged ? 304 : 200).header("ETag", etag)
        .header("Cache-Control", "no-cache").body(unchanged ? null : page);
  }

  /** An answer of {@code status} (e.g. 422 for a form with errors) with the page. */
  public static <M> Response<String> page(int status, Template<M> template, M model) {
    return Response.status(status).body(render(template, model));
  }

  /** The entity tag of a page: {@code "} + 16 hex digits of the SHA-256 of its UTF-8 bytes + {@code "}. */
  static String etag(String page) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(page.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.trim();
      if (candidate.startsWith("W/")) {
        candidate = candidate.substring(2);
      }
      if (candidate.equals("*") || candidate.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
