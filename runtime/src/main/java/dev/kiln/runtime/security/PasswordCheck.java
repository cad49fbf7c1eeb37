package dev.kiln.runtime.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The application's check of a user id and password sent with HTTP Basic authentication (RFC
 * 7617), registered with {@link Security.Builder#basic}.
 */
@FunctionalInterface
public interface PasswordCheck {

  /**
   * The principal of {@code userId} when {@code password} is theirs, or empty (answered 401).
   * Compare secrets with {@link Secrets#equal} (or a password hash's own check).
   *
   * @throws Exception answered as a handler failure (a {@code ProblemException} as its problem,
   *     anything else 500)
   */
  Optional<Principal> check(String userId, String password) throws Exception;

  /**
   * Accepts the one user {@code userId} with {@code password} as {@code principal}; both are
   * compared in constant time, and always both.
   */
  static PasswordCheck of(String userId, String password, Principal principal) {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(password, "password");
    Optional<Principal> accepted = Optional.of(principal);
    return (suppliedUser, suppliedPassword) -> Secrets.equal(suppliedUser, userId)
        & Secrets.equal(suppliedPassword, password) ? accepted : Optional.empty();
  }
}
