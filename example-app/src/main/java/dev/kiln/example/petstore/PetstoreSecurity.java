package dev.kiln.example.petstore;

import dev.kiln.runtime.security.ApiKeyCheck;
import dev.kiln.runtime.security.Principal;
import dev.kiln.runtime.security.Security;
import dev.kiln.runtime.security.TokenCheck;
import java.util.Map;
import java.util.Objects;

/**
 * The Petstore's demo credentials, which its secured operations accept (as the public Swagger
 * Petstore's do): the header {@code api_key: special-key} for the {@code api_key} scheme, and the
 * bearer token {@code special-key} for {@code petstore_auth} with every scope ({@code write:pets}
 * and {@code read:pets}).
 *
 * @param apiKey the key of {@code api_key} ({@code PETSTORE_API_KEY}; default {@value #DEMO})
 * @param accessToken the bearer token of {@code petstore_auth} ({@code PETSTORE_ACCESS_TOKEN};
 *     default {@value #DEMO})
 */
public record PetstoreSecurity(String apiKey, String accessToken) {
  /** The public Petstore's demo key, also the demo access token. */
  public static final String DEMO = "special-key";

  public PetstoreSecurity {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(accessToken, "accessToken");
  }

  /** The demo credentials: {@value #DEMO} for both schemes. */
  public static PetstoreSecurity demo() {
    return new PetstoreSecurity(DEMO, DEMO);
  }

  /** The credentials from {@code PETSTORE_API_KEY} and {@code PETSTORE_ACCESS_TOKEN}, else the demo's. */
  public static PetstoreSecurity fromEnvironment(Map<String, String> env) {
    return new PetstoreSecurity(env.getOrDefault("PETSTORE_API_KEY", DEMO),
        env.getOrDefault("PETSTORE_ACCESS_TOKEN", DEMO));
  }

  /** The server's checks of these credentials, compared in constant time. */
  public Security security() {
    return Security.builder()
        .apiKey("api_key", ApiKeyCheck.of(apiKey, Principal.of("api_key")))
        .bearer("petstore_auth", TokenCheck.of(accessToken,
            Principal.of("petstore_auth", "write:pets", "read:pets")))
        .realm("Petstore")
        .build();
  }
}
