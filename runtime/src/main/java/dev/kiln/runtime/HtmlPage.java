package dev.kiln.runtime;

/**
 * An HTML page a handler method returns, alone or as the body of a {@code Response<P>}: Kiln
 * answers it {@code text/html; charset=utf-8}, and a {@code GET} answered 200 also with an {@code
 * ETag} (a hash of the page) and {@code Cache-Control: no-cache}, or {@code 304} with no content
 * when the request's {@code If-None-Match} names that tag (RFC 9110 section 13.1.2); {@code HEAD}
 * sends the headers only. The OpenAPI document states the answer as {@code text/html}.
 *
 * <p>Typically a record holding what its template shows, rendered by a template compiled with the
 * application (with {@code kiln-jte}: {@code Pages.render(JtepetsGenerated::render, this)}):
 *
 * <pre>{@code
 * public record PetsPage(String query, List<Pet> pets) implements HtmlPage {
 *   public String html() {
 *     return Pages.render(JtepetsGenerated::render, this);
 *   }
 * }
 *
 * @Get("/ui/pets")
 * public PetsPage pets(@QueryParam("q") Optional<String> q) { ... }
 * }</pre>
 */
public interface HtmlPage {

  /** The whole page, already escaped where it shows data. */
  String html();
}
