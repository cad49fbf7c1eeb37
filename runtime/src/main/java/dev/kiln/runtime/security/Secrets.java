package dev.kiln.runtime.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Comparing secrets (API keys, tokens, passwords) without leaking them through timing. */
public final class Secrets {
  private Secrets() {}

  /**
   * Whether {@code supplied} (from the request) equals {@code expected}, compared as UTF-8 bytes
   * with {@link MessageDigest#isEqual}: the time taken depends on the supplied value's length
   * only, never on how many leading characters match. {@code null} equals nothing.
   */
  public static boolean equal(String supplied, String expected) {
    if (supplied == null || expected == null) {
      return false;
    }
    return MessageDigest.isEqual(supplied.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  /** A check accepting the one {@code secret} (compared with {@link #equal}) as {@code principal}. */
  static Function<String, Optional<Principal>> accepting(String secret, Principal principal) {
    Objects.requireNonNull(secret, "secret");
    Optional<Principal> accepted = Optional.of(principal);
    return supplied -> equal(supplied, secret) ? accepted : Optional.empty();
  }
}
