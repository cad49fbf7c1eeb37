package dev.kiln.runtime.filter;

/**
 * A path prefix that filters and mounts apply under: {@code /api} covers {@code /api} and every
 * path below {@code /api/}, never {@code /apiary}; {@code /} covers every path.
 */
final class PathPrefix {
  private PathPrefix() {}

  /**
   * {@code prefix} without a trailing {@code /} ({@code /} stays {@code /}).
   *
   * @throws IllegalArgumentException if it does not start with {@code /}, or has a {@code ?},
   *     {@code #}, {@code {}} or an empty segment
   */
  static String normalize(String prefix) {
    if (prefix == null || !prefix.startsWith("/") || prefix.contains("//")
        || prefix.contains("?") || prefix.contains("#") || prefix.contains("{")) {
      throw new IllegalArgumentException("A path prefix starts with / and has no empty segment,"
          + " ?, # or {: " + prefix);
    }
    return prefix.length() > 1 && prefix.endsWith("/")
        ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  /** Whether the raw path {@code path} is {@code prefix} (normalized) or below it. */
  static boolean covers(String prefix, String path) {
    if (prefix.equals("/")) {
      return true;
    }
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }
}
