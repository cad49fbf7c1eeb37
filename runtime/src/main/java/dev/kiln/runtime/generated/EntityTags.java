package dev.kiln.runtime.generated;

/**
 * {@code If-None-Match} against an entity tag (RFC 9110 section 13.1.2): the weak comparison,
 * {@code *} matching any. Called by generated code and Kiln's own answers (pages, static files).
 */
public final class EntityTags {
  private EntityTags() {}

  /**
   * Whether {@code ifNoneMatch} (the header's value, or {@code null} when absent) names {@code
   * etag}, ignoring {@code W/} prefixes on either.
   */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = opaque(etag);
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.trim();
      if (candidate.equals("*") || opaque(candidate).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String etag) {
    return etag.startsWith("W/") ? etag.substring(2) : etag;
  }
}
