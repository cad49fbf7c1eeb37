package dev.kiln.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks an application registers, and the constant-time comparison they use. */
class SecurityTest {

  @Test
  void secretsAreEqualOnlyWhenEveryByteIs() {
    assertThat(Secrets.equal("special-key", "special-key")).isTrue();
    assertThat(Secrets.equal("special-kez", "special-key")).isFalse();
    assertThat(Secrets.equal("special", "special-key")).isFalse();
    assertThat(Secrets.equal("special-key-2", "special-key")).isFalse();
    assertThat(Secrets.equal("", "special-key")).isFalse();
    assertThat(Secrets.equal("", "")).isTrue();
    assertThat(Secrets.equal(null, "special-key")).isFalse();
    assertThat(Secrets.equal("é", "e")).isFalse();
  }

  @Test
  void theFixedChecksAcceptTheirOneSecret() throws Exception {
    Principal demo = Principal.of("demo", "read:pets");
    assertThat(ApiKeyCheck.of("k", demo).check("k")).contains(demo);
    assertThat(ApiKeyCheck.of("k", demo).check("K")).isEmpty();
    assertThat(TokenCheck.of("t", demo).check("t")).contains(demo);
    assertThat(TokenCheck.of("t", demo).check("t ")).isEmpty();
    assertThat(PasswordCheck.of("u", "p", demo).check("u", "p")).contains(demo);
    assertThat(PasswordCheck.of("u", "p", demo).check("u", "q")).isEmpty();
    assertThat(PasswordCheck.of("u", "p", demo).check("v", "p")).isEmpty();
  }

  @Test
  void aPrincipalHasTheScopesItWasGranted() {
    Principal principal = Principal.of("o", "read", "write");
    assertThat(principal.hasScopes(List.of("read"))).isTrue();
    assertThat(principal.hasScopes(List.of("read", "write"))).isTrue();
    assertThat(principal.hasScopes(List.of("admin"))).isFalse();
    assertThat(principal.hasScopes(List.of())).isTrue();
  }

  @Test
  void aSchemeHasOneCheckOfOneKind() {
    Security security = Security.builder()
        .apiKey("api_key", key -> Optional.empty())
        .bearer("oauth", token -> Optional.empty())
        .basic("basic", (user, password) -> Optional.empty())
        .build();
    assertThat(security.apiKey("api_key")).isNotNull();
    assertThat(security.bearer("api_key")).isNull();
    assertThat(security.bearer("oauth")).isNotNull();
    assertThat(security.basic("basic")).isNotNull();
    assertThat(security.has("oauth")).isTrue();
    assertThat(security.has("other")).isFalse();
    assertThat(security.realm()).isEqualTo("api");
    assertThat(Security.none().has("api_key")).isFalse();
    assertThatThrownBy(() -> Security.builder().apiKey("a", key -> Optional.empty())
        .bearer("a", token -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The security scheme a has a check already");
  }

  @Test
  void aRealmIsQuotableText() {
    assertThat(Security.builder().realm("Pet store").build().realm()).isEqualTo("Pet store");
    assertThatThrownBy(() -> Security.builder().realm("a\"b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Security.builder().realm("a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
