package dev.kiln.test;

import java.util.Collection;
import java.util.Locale;

/** Media type matching as OpenAPI's {@code content} maps use it (RFC 9110 section 8.3.1). */
final class MediaTypes {
  private MediaTypes() {}

  /** {@code application/json} of {@code Application/JSON; charset=utf-8}; {@code null} stays. */
  static String base(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The key of {@code declared} that {@code contentType} matches: the same type, else {@code
   * type/*}, else {@code *}{@code /*}; {@code null} if none does (or there is no type).
   */
  static String match(Collection<String> declared, String contentType) {
    String base = base(contentType);
    if (base == null) {
      return null;
    }
    String range = base.substring(0, Math.max(base.indexOf('/'), 0)) + "/*";
    for (String wanted : new String[] {base, range, "*/*"}) {
      for (String key : declared) {
        if (base(key).equals(wanted)) {
          return key;
        }
      }
    }
    return null;
  }

  /** Whether {@code mediaType} is JSON: {@code application/json} or a {@code +json} suffix. */
  static boolean isJson(String mediaType) {
    String base = base(mediaType);
    return base.equals("application/json") || base.endsWith("+json");
  }
}
