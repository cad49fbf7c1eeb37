package dev.kiln.runtime.generated;

import dev.kiln.runtime.ProblemException;

/**
 * Answers the requests of one route. Generated routes classes implement one per handler method:
 * bind the parameters from the {@link RouteExchange}, call the handler, write the answer.
 */
@FunctionalInterface
public interface RouteHandler {
  /**
   * Answers one request.
   *
   * @throws ProblemException to answer with a problem (4xx); any other exception answers 500
   */
  void handle(RouteExchange exchange) throws Exception;
}
