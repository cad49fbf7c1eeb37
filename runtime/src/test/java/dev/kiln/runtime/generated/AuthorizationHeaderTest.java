package dev.kiln.runtime.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Reading bearer tokens (RFC 6750) and Basic credentials (RFC 7617) from Authorization. */
class AuthorizationHeaderTest {

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBearerTokenIsB64TokenSyntax() {
    assertThat(AuthorizationHeader.bearer(null)).isNull();
    assertThat(AuthorizationHeader.bearer("Basic abc")).isNull();
    assertThat(AuthorizationHeader.bearer("Bearerx abc")).isNull();
    assertThat(AuthorizationHeader.bearer("Bearer special-key")).isEqualTo("special-key");
    assertThat(AuthorizationHeader.bearer("BEARER  a.b_c~d+e/f==")).isEqualTo("a.b_c~d+e/f==");
    assertThat(AuthorizationHeader.bearer("Bearer")).isSameAs(AuthorizationHeader.MALFORMED);
    assertThat(AuthorizationHeader.bearer("Bearer a b")).isSameAs(AuthorizationHeader.MALFORMED);
    assertThat(AuthorizationHeader.bearer("Bearer =abc")).isSameAs(AuthorizationHeader.MALFORMED);
    assertThat(AuthorizationHeader.bearer("Bearer ab=c")).isSameAs(AuthorizationHeader.MALFORMED);
    assertThat(AuthorizationHeader.bearer("Bearer a\"b")).isSameAs(AuthorizationHeader.MALFORMED);
  }

  @Test
  void basicCredentialsAreUtf8UserAndPasswordSplitAtTheFirstColon() {
    assertThat(AuthorizationHeader.basic(null)).isNull();
    assertThat(AuthorizationHeader.basic("Bearer abc")).isNull();
    assertThat(AuthorizationHeader.basic("Basic " + base64("Aladdin:open sesame")))
        .containsExactly("Aladdin", "open sesame");
    assertThat(AuthorizationHeader.basic("basic " + base64("test:123£:x")))
        .containsExactly("test", "123£:x");
    assertThat(AuthorizationHeader.basic("Basic " + base64(":")))
        .containsExactly("", "");
    assertThat(AuthorizationHeader.basic("Basic " + base64("no colon")))
        .containsExactly(AuthorizationHeader.MALFORMED);
    assertThat(AuthorizationHeader.basic("Basic %%%"))
        .containsExactly(AuthorizationHeader.MALFORMED);
    assertThat(AuthorizationHeader.basic("Basic " + Base64.getEncoder().encodeToString(
        new byte[] {(byte) 0xff, ':', 'a'}))).containsExactly(AuthorizationHeader.MALFORMED);
    assertThat(AuthorizationHeader.basic("Basic")).containsExactly(AuthorizationHeader.MALFORMED);
  }
}
