package dev.kiln.runtime.generated;

import dev.kiln.runtime.ProblemException;

/**
 * Responds to the requests of one route. Generated routes classes implement one per handler
 * method: bind the parameters from the {@link RouteExchange}, call the handler, write the
 * response.
 */
@FunctionalInterface
public interface Responder {
  /**
   * Responds to one request.
   *
   * @throws ProblemException to respond with a problem (4xx); any other exception responds 500
   */
  void respond(RouteExchange exchange) throws Exception;
}
