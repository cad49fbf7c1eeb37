package dev.kiln.runtime.generated;

/**
 * One route: an HTTP method and a path template, and the code responding to its requests.
 *
 * @param method the request method in upper case, e.g. {@code GET}
 * @param template the path template, e.g. {@code /items/{id}}: segments separated by {@code /},
 *     each literal or one whole {@code {name}} variable (already checked by the processor)
 * @param responder the generated code that binds the parameters, calls the handler method and
 *     writes the response
 * @param operation whether the route is an operation of the application's OpenAPI document
 *     (a generated route); a server serving the document checks at start that its operations
 *     are exactly the document's
 */
public record Route(String method, String template, Responder responder, boolean operation) {

  /** A route that is not in the OpenAPI document, e.g. a hand-written one. */
  public static Route of(String method, String template, Responder responder) {
    return new Route(method, template, responder, false);
  }

  /** A route that is an operation of the OpenAPI document, as generated routes classes declare. */
  public static Route operation(String method, String template, Responder responder) {
    return new Route(method, template, responder, true);
  }

  /** {@code GET /items/{id}}: how messages name the route. */
  @Override
  public String toString() {
    return method + " " + template;
  }
}
