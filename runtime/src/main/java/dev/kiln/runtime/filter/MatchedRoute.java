package dev.kiln.runtime.filter;

import java.util.List;

/**
 * The route a request matched, as filters see it.
 *
 * @param template the path template, e.g. {@code /items/{id}}
 * @param operationId the OpenAPI {@code operationId} of the operation answering the request's
 *     method ({@code HEAD} is answered by {@code GET}'s), or {@code null} when none does (an
 *     {@code OPTIONS} request, a 405) or the route was added by hand without one
 * @param methods the methods the template answers, as in the {@code Allow} header (with {@code
 *     HEAD} after {@code GET}, and {@code OPTIONS})
 */
public record MatchedRoute(String template, String operationId, List<String> methods) {

  /** A matched route; see the record description. */
  public MatchedRoute {
    methods = List.copyOf(methods);
  }
}
