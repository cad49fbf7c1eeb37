package dev.kiln.jte;

import dev.kiln.runtime.HtmlPage;
import dev.kiln.runtime.Response;
import dev.kiln.runtime.generated.EntityTags;
import dev.kiln.runtime.generated.HtmlAnswers;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * HTML pages from precompiled jte {@link Template}s. A handler returns the page model, a record
 * implementing {@link HtmlPage} that renders itself here; Kiln answers it {@code text/html;
 * charset=utf-8} with an {@code ETag} and 304 (see {@link HtmlPage}):
 *
 * <pre>{@code
 * public record PetsPage(String query, List<Pet> pets) implements HtmlPage {
 *   public String html() {
 *     return Pages.render(JtepetsGenerated::render, this);   // pets.jte: @param PetsPage page
 *   }
 * }
 *
 * @Get("/ui/pets")
 * public PetsPage pets(@QueryParam("q") Optional<String> q) {
 *   return new PetsPage(q.orElse(""), store.search(q));
 * }
 * }</pre>
 *
 * <p>{@link #of} makes a page of any template and model without a record of its own. Output is
 * HTML-escaped by jte's {@link OwaspHtmlTemplateOutput}: {@code ${value}} in text and attribute
 * values is escaped for its context, so user data cannot inject markup.
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

  /** The page {@code template} renders for {@code model}, to return from a handler. */
  public static <M> HtmlPage of(Template<M> template, M model) {
    Objects.requireNonNull(template, "template");
    return () -> render(template, model);
  }

  /**
   * A 200 answer with the page, its {@code ETag} and {@code Cache-Control: no-cache}, for
   * handlers returning {@code Response<String>} under {@code @Produces(Pages.HTML)}; returning an
   * {@link HtmlPage} does the same without the {@code If-None-Match} parameter.
   */
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
    return HtmlAnswers.etag(page.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    return EntityTags.matches(ifNoneMatch, etag);
  }
}
