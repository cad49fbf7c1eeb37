package dev.kiln.runtime.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a server checks the credentials of its secured operations: one check per security scheme
 * the operations' {@code @SecurityRequirement}s name, registered under the {@code
 * @SecurityScheme}'s name. Where the credentials travel is the scheme's declaration; what makes
 * them valid is the application's check. Give it to {@code KilnServer.builder().security(...)};
 * a server whose operations require a scheme without a check (of the scheme's kind) does not
 * start.
 *
 * <pre>{@code
 * Security security = Security.builder()
 *     .apiKey("api_key", ApiKeyCheck.of(settings.apiKey(), Principal.of("demo")))
 *     .bearer("petstore_auth", token -> tokens.find(token))   // OAuth 2: the principal's scopes
 *     .basic("admin", PasswordCheck.of("admin", settings.adminPassword(), Principal.of("admin")))
 *     .build();
 * }</pre>
 *
 * <p>A request without valid credentials is answered 401 with a {@code WWW-Authenticate}
 * challenge per accepted scheme (RFC 9110 section 11.6.1: {@code Bearer} as RFC 6750 says,
 * {@code Basic} as RFC 7617 says, {@code ApiKey} naming where the key goes) and an RFC 9457
 * problem; valid credentials without a required scope 403 ({@code Bearer
 * error="insufficient_scope"}).
 */
public final class Security {
  private static final Security NONE = new Builder().build();

  private final Map<String, Object> checks;
  private final String realm;

  private Security(Builder builder) {
    this.checks = Map.copyOf(builder.checks);
    this.realm = builder.realm;
  }

  /** A new builder, with the realm {@value Builder#DEFAULT_REALM}. */
  public static Builder builder() {
    return new Builder();
  }

  /** No checks: a server with secured operations does not start with it (the default). */
  public static Security none() {
    return NONE;
  }

  /** The check of the API-key scheme {@code scheme}, or {@code null} when it has none. */
  public ApiKeyCheck apiKey(String scheme) {
    Object check = checks.get(scheme);
    return check instanceof ApiKeyCheck ? (ApiKeyCheck) check : null;
  }

  /** The check of the bearer-token scheme {@code scheme}, or {@code null} when it has none. */
  public TokenCheck bearer(String scheme) {
    Object check = checks.get(scheme);
    return check instanceof TokenCheck ? (TokenCheck) check : null;
  }

  /** The check of the HTTP Basic scheme {@code scheme}, or {@code null} when it has none. */
  public PasswordCheck basic(String scheme) {
    Object check = checks.get(scheme);
    return check instanceof PasswordCheck ? (PasswordCheck) check : null;
  }

  /** Whether any check is registered under {@code scheme}, of whatever kind. */
  public boolean has(String scheme) {
    return checks.containsKey(scheme);
  }

  /** The protection space named in every challenge ({@code realm="..."}, RFC 9110 11.5). */
  public String realm() {
    return realm;
  }

  /** Registers checks by scheme name. Not thread-safe. */
  public static final class Builder {
    /** The default {@link #realm(String)}. */
    public static final String DEFAULT_REALM = "api";

    private final Map<String, Object> checks = new HashMap<>();
    private String realm = DEFAULT_REALM;

    private Builder() {}

    /** Checks the keys of the {@code apiKey} scheme named {@code scheme}. */
    public Builder apiKey(String scheme, ApiKeyCheck check) {
      return add(scheme, check);
    }

    /**
     * Checks the bearer tokens (RFC 6750) of the HTTP {@code bearer}, {@code oauth2} or {@code
     * openIdConnect} scheme named {@code scheme}.
     */
    public Builder bearer(String scheme, TokenCheck check) {
      return add(scheme, check);
    }

    /** Checks the user ids and passwords of the HTTP {@code basic} scheme named {@code scheme}. */
    public Builder basic(String scheme, PasswordCheck check) {
      return add(scheme, check);
    }

    /**
     * Names the protection space in challenges (default {@value #DEFAULT_REALM}).
     *
     * @throws IllegalArgumentException if it has a double quote, backslash or control character
     */
    public Builder realm(String realm) {
      if (!realm.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != '"' && c != '\\')) {
        throw new IllegalArgumentException("A realm is quoted text without \", \\ or controls: "
            + realm);
      }
      this.realm = realm;
      return this;
    }

    /** The security these checks make. */
    public Security build() {
      return new Security(this);
    }

    private Builder add(String scheme, Object check) {
      Objects.requireNonNull(scheme, "scheme");
      Objects.requireNonNull(check, "check");
      if (checks.putIfAbsent(scheme, check) != null) {
        throw new IllegalArgumentException("The security scheme " + scheme
            + " has a check already");
      }
      return this;
    }
  }
}
