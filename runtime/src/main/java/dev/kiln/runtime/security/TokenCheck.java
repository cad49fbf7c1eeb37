package dev.kiln.runtime.security;

import java.util.Optional;

/**
 * The application's check of a bearer token (RFC 6750), for an HTTP {@code bearer}, {@code
 * oauth2} or {@code openIdConnect} security scheme, registered with {@link
 * Security.Builder#bearer}. It answers the token's principal with its granted scopes; Kiln then
 * checks the operation's required scopes (403 {@code insufficient_scope} when one is missing).
 */
@FunctionalInterface
public interface TokenCheck {

  /**
   * The principal {@code token} was issued to, with its scopes, or empty when it is no valid
   * token (answered 401 {@code invalid_token}). Compare secrets with {@link Secrets#equal}.
   *
   * @throws Exception answered as a handler failure (a {@code ProblemException} as its problem,
   *     anything else 500)
   */
  Optional<Principal> check(String token) throws Exception;

  /** Accepts the one token {@code token} (compared in constant time) as {@code principal}. */
  static TokenCheck of(String token, Principal principal) {
    return Secrets.accepting(token, principal)::apply;
  }
}
