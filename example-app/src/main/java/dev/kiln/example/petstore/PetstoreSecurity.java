package dev.kiln.example.petstore;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Settings;
import dev.kiln.runtime.security.ApiKeyCheck;
import dev.kiln.runtime.security.Principal;
import dev.kiln.runtime.security.Security;
import dev.kiln.runtime.security.TokenCheck;
import jakarta.validation.constraints.NotBlank;

/**
 * The Petstore's demo credentials, which its secured operations accept (as the public Swagger
 * Petstore's do): the header {@code api_key: special-key} for the {@code api_key} scheme, and the
 * bearer token {@code special-key} for {@code petstore_auth} with every scope ({@code write:pets}
 * and {@code read:pets}). Bound by the generated {@code PetstoreSecurity_Binder}.
 *
 * @param apiKey the key of {@code api_key} ({@code petstore.api-key}, {@code PETSTORE_API_KEY};
 *     default {@value #DEMO})
 * @param accessToken the bearer token of {@code petstore_auth} ({@code petstore.access-token},
 *     {@code PETSTORE_ACCESS_TOKEN}; default {@value #DEMO})
 */
@Settings(prefix = "petstore")
public record PetstoreSecurity(@DefaultValue(DEMO) @NotBlank String apiKey,
    @DefaultValue(DEMO) @NotBlank String accessToken) {
  /** The public Petstore's demo key, also the demo access token. */
  public static final String DEMO = "special-key";

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
