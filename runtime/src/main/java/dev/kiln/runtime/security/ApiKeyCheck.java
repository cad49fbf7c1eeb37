package dev.kiln.runtime.security;

import java.util.Optional;

/**
 * The application's check of an API key (an OpenAPI {@code apiKey} security scheme, sent in a
 * header, query parameter or cookie), registered with {@link Security.Builder#apiKey}.
 */
@FunctionalInterface
public interface ApiKeyCheck {

  /**
   * The principal {@code key} belongs to, or empty when it is no valid key (answered 401).
   * Compare secrets with {@link Secrets#equal}.
   *
   * @throws Exception answered as a handler failure (a {@code ProblemException} as its problem,
   *     anything else 500)
   */
  Optional<Principal> check(String key) throws Exception;

  /** Accepts the one key {@code key} (compared in constant time) as {@code principal}. */
  static ApiKeyCheck of(String key, Principal principal) {
    return Secrets.accepting(key, principal)::apply;
  }
}
