package dev.kiln.runtime.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict RFC 3986 percent-decoding of one path segment or query component as UTF-8. Unlike
 * {@link java.net.URLDecoder} it rejects malformed escapes and invalid UTF-8 instead of replacing
 * them.
 */
final class PercentDecoder {
  private PercentDecoder() {}

  /**
   * Decodes {@code text[start, end)}; with {@code plusIsSpace} (query strings, HTML form
   * encoding) {@code +} decodes to a space.
   *
   * @return the decoded text, or {@code null} if an escape is malformed or the bytes are not UTF-8
   */
  static String decode(String text, int start, int end, boolean plusIsSpace) {
    boolean plain = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '%' || (plusIsSpace && c == '+') || c >= 0x80) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return text.substring(start, end);
    }
    byte[] bytes = new byte[end - start];
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= end) {
          return null;
        }
        int hi = hexDigit(text.charAt(i + 1));
        int lo = hexDigit(text.charAt(i + 2));
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes[n++] = (byte) ((hi << 4) | lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes[n++] = ' ';
      } else if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        // raw non-ASCII characters are not valid in a URI; the JDK server passes them through
        return null;
      }
    }
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, n));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The value of an ASCII hex digit, or -1. Not {@link Character#digit(char, int)}: it accepts
   * every Unicode decimal digit (e.g. NKo and Arabic-Indic ones), found by fuzzing.
   */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
