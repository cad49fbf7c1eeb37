package dev.kiln.runtime.generated;

/**
 * One route: an HTTP method and a path template, and the code responding to its requests.
 *
 * @param method the request method in upper case, e.g. {@code GET}
 * @param template the path template, e.g. {@code /items/{id}}: segments separated by {@code /},
 *     each literal or one whole {@code {name}} variable (already checked by the processor)
 * @param responder the generated code that binds the parameters, calls the handler method and
 *     writes the response
 * @param operationId the OpenAPI {@code operationId} of the operation, or {@code null} (a route
 *     written by hand), as filters see it. A server serving the OpenAPI document checks at start
 *     that its routes with an operationId are exactly the document's operations
 */
public record Route(String method, String template, Responder responder, String operationId) {

  /** A route without an operationId; see the record description. */
  public Route(String method, String template, Responder responder) {
    this(method, template, responder, null);
  }

  /** A route without an operationId; see the record description. */
  public static Route of(String method, String template, Responder responder) {
    return new Route(method, template, responder, null);
  }

  /** A route; see the record description. */
  public static Route of(String method, String template, Responder responder,
      String operationId) {
    return new Route(method, template, responder, operationId);
  }

  /** Whether this route is an operation of the OpenAPI document: it has an operationId. */
  public boolean operation() {
    return operationId != null;
  }

  /** {@code GET /items/{id}}: how messages name the route. */
  @Override
  public String toString() {
    return method + " " + template;
  }
}
