package dev.kiln.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits path templates into segments. The processor checks templates at compile time
 * with the same grammar: {@code /} alone, or {@code /} followed by segments separated by {@code
 * /}, none empty, each literal or one whole {@code {name}} variable.
 */
final class PathTemplate {
  private PathTemplate() {}

  /** The segments of a template; {@code "/"} has none. */
  static List<String> segments(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("A path template starts with '/': " + template);
    }
    List<String> segments = new ArrayList<>();
    if (template.length() == 1) {
      return segments;
    }
    int start = 1;
    while (true) {
      int slash = template.indexOf('/', start);
      int end = slash < 0 ? template.length() : slash;
      if (end == start) {
        throw new IllegalArgumentException("A path template has no empty segment: " + template);
      }
      segments.add(template.substring(start, end));
      if (slash < 0) {
        return segments;
      }
      start = slash + 1;
    }
  }

  /** Whether a template segment is a variable ({@code {name}}). */
  static boolean isVariable(String segment) {
    return segment.length() > 2 && segment.charAt(0) == '{'
        && segment.charAt(segment.length() - 1) == '}';
  }
}
