package dev.kiln.runtime.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the decoded path segments of a static file request. The router has already decoded each
 * segment strictly (malformed escapes and invalid UTF-8, overlong forms included, are a 400 before
 * any route runs); what remains to refuse is every way a decoded segment could leave the folder
 * or name something other than a file under it.
 */
final class SafeSegments {
  private SafeSegments() {}

  /**
   * The segments if every one is a plain file or folder name, else {@code null}: not {@code .} or
   * {@code ..}, and without {@code /} (from {@code %2F}), {@code \}, {@code :} (drive letters,
   * alternate data streams), NUL or other control characters.
   */
  static List<String> check(List<String> segments) {
    List<String> safe = new ArrayList<>(segments.size());
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return null;
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
          return null;
        }
      }
      safe.add(segment);
    }
    return safe;
  }
}
