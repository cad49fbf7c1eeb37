package dev.kiln.runtime.generated;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads the credentials of an {@code Authorization} header (RFC 9110 section 11.6.2: {@code
 * auth-scheme [ 1*SP token68 ]}): a bearer token (RFC 6750 section 2.1) or a Basic user id and
 * password (RFC 7617 section 2, UTF-8).
 */
final class AuthorizationHeader {
  /** Credentials of the asked-for scheme that are not well-formed. */
  static final String MALFORMED = new String("malformed");

  private AuthorizationHeader() {}

  /**
   * The token of {@code Bearer <token>}; {@code null} when the header is absent or of another
   * scheme; {@link #MALFORMED} when the token is not RFC 6750's {@code b64token}.
   */
  static String bearer(String header) {
    String token = credentials(header, "bearer");
    if (token == null || token == MALFORMED) {
      return token;
    }
    return isB64Token(token) ? token : MALFORMED;
  }

  /**
   * The user id and password of {@code Basic <base64(user:password)>}; {@code null} when the
   * header is absent or of another scheme; {@code {MALFORMED}} when it is not Base64 of UTF-8
   * text with a colon.
   */
  static String[] basic(String header) {
    String encoded = credentials(header, "basic");
    if (encoded == null) {
      return null;
    }
    String[] malformed = {MALFORMED};
    if (encoded == MALFORMED) {
      return malformed;
    }
    String text;
    try {
      byte[] bytes = Base64.getDecoder().decode(encoded);
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return malformed;
    }
    int colon = text.indexOf(':');
    return colon < 0 ? malformed
        : new String[] {text.substring(0, colon), text.substring(colon + 1)};
  }

  /** What follows {@code scheme} (case-insensitive) and one or more spaces, or null, or MALFORMED. */
  private static String credentials(String header, String scheme) {
    if (header == null) {
      return null;
    }
    String value = header.strip();
    int space = value.indexOf(' ');
    String name = space < 0 ? value : value.substring(0, space);
    if (!name.toLowerCase(Locale.ROOT).equals(scheme)) {
      return null;
    }
    String rest = space < 0 ? "" : value.substring(space).stripLeading();
    return rest.isEmpty() || rest.indexOf(' ') >= 0 ? MALFORMED : rest;
  }

  /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}. */
  private static boolean isB64Token(String token) {
    int i = 0;
    while (i < token.length() && isB64Char(token.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    while (i < token.length() && token.charAt(i) == '=') {
      i++;
    }
    return i == token.length();
  }

  private static boolean isB64Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
  }
}
