package dev.kiln.runtime.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Who a request was authenticated as: what an {@link ApiKeyCheck}, {@link TokenCheck} or {@link
 * PasswordCheck} answers for valid credentials, and what a handler of a secured operation
 * receives.
 *
 * @param name the user or client, e.g. a user id (never {@code null})
 * @param scopes the OAuth 2 scopes (or roles) granted, which an operation's {@code
 *     @SecurityRequirement(scopes = ...)} must all be among (else 403)
 */
public record Principal(String name, Set<String> scopes) {

  /** A principal; see the record description. */
  public Principal {
    Objects.requireNonNull(name, "name");
    scopes = Set.copyOf(scopes);
  }

  /** A principal named {@code name} with the scopes given. */
  public static Principal of(String name, String... scopes) {
    return new Principal(name, Set.of(scopes));
  }

  /** Whether every scope of {@code required} is granted. */
  public boolean hasScopes(Collection<String> required) {
    return scopes.containsAll(required);
  }
}
