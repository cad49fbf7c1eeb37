package dev.kiln.runtime.internal;

/**
 * Reads a header value of the shape {@code token *( OWS ";" OWS token "=" ( token /
 * quoted-string ) )} (RFC 9110 sections 5.6.2, 5.6.4 and 5.6.6), as {@code Content-Type} and
 * {@code Content-Disposition} are. Anything else answers 400 {@code malformed_multipart}.
 */
final class ParamCursor {
  private final String text;
  private int at;

  ParamCursor(String text) {
    this.text = text;
  }

  /** The token at the cursor (after optional white space). */
  String token() {
    skipSpace();
    int start = at;
    while (at < text.length() && isTokenChar(text.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw malformed();
    }
    return text.substring(start, at);
  }

  /** Consumes optional white space and {@code c}. */
  void expect(char c) {
    skipSpace();
    if (at >= text.length() || text.charAt(at) != c) {
      throw malformed();
    }
    at++;
  }

  /** Consumes {@code ;} before a parameter; {@code false} at the end of the value. */
  boolean nextParameter() {
    skipSpace();
    if (at == text.length()) {
      return false;
    }
    expect(';');
    skipSpace();
    return at < text.length() || fail();
  }

  /**
   * A parameter value: a token, or a quoted string whose backslash escapes {@code \"} and {@code
   * \\} are undone (other backslashes are kept: browsers send {@code C:\dir} unescaped).
   */
  String value() {
    skipSpace();
    if (at >= text.length() || text.charAt(at) != '"') {
      return token();
    }
    StringBuilder out = new StringBuilder();
    for (at++; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return out.toString();
      }
      if (c == '\\' && at + 1 < text.length()
          && (text.charAt(at + 1) == '"' || text.charAt(at + 1) == '\\')) {
        c = text.charAt(++at);
      }
      out.append(c);
    }
    throw malformed(); // no closing quote
  }

  private boolean fail() {
    throw malformed();
  }

  private void skipSpace() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private dev.kiln.runtime.ProblemException malformed() {
    return MultipartProblems.malformed("A multipart header value is malformed at character "
        + (at + 1) + ": " + text);
  }

  /** RFC 9110 {@code tchar}. */
  private static boolean isTokenChar(char c) {
    return c < 0x7f && c > 0x20 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
  }
}
