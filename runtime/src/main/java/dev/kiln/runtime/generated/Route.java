package dev.kiln.runtime.generated;

/**
 * One route: an HTTP method and a path template, answered by a handler.
 *
 * @param method the request method in upper case, e.g. {@code GET}
 * @param template the path template, e.g. {@code /items/{id}}: segments separated by {@code /},
 *     each literal or one whole {@code {name}} variable (already checked by the processor)
 * @param handler the code answering the requests
 * @param operationId the OpenAPI {@code operationId} of the operation, or {@code null} (a route
 *     written by hand), as filters see it
 */
public record Route(String method, String template, RouteHandler handler, String operationId) {

  /** A route without an operationId; see the record description. */
  public Route(String method, String template, RouteHandler handler) {
    this(method, template, handler, null);
  }

  /** A route without an operationId; see the record description. */
  public static Route of(String method, String template, RouteHandler handler) {
    return new Route(method, template, handler, null);
  }

  /** A route; see the record description. */
  public static Route of(String method, String template, RouteHandler handler,
      String operationId) {
    return new Route(method, template, handler, operationId);
  }
}
