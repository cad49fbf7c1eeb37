package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed path template, or why it could not be parsed.
 *
 * <p>Grammar (strict, one syntax only): {@code template = "/" | 1*( "/" segment )}; {@code
 * segment = literal | "{" name "}"}; {@code literal = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" /
 * "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "=" / ":" / "@" )} (RFC 3986 pchar
 * without percent-encoding); {@code name = ( ALPHA / "_" ) *( ALPHA / DIGIT / "_" )}; variable
 * names are unique.
 *
 * @param text the template as written
 * @param segments the segments; variables keep their braces
 * @param error why the template is invalid, or {@code null} if it is valid
 */
public record PathTemplateModel(String text, List<String> segments, String error) {

  private static final String PUNCTUATION = "-._~!$&'()*+,;=:@";

  public PathTemplateModel {
    segments = List.copyOf(segments);
  }

  /** Parses {@code text}; never throws. */
  public static PathTemplateModel parse(String text) {
    if (!text.startsWith("/")) {
      return invalid(text, "it must start with '/'");
    }
    List<String> segments = new ArrayList<>();
    if (text.equals("/")) {
      return new PathTemplateModel(text, segments, null);
    }
    List<String> names = new ArrayList<>();
    int start = 1;
    while (true) {
      int slash = text.indexOf('/', start);
      int end = slash < 0 ? text.length() : slash;
      String segment = text.substring(start, end);
      String problem = segmentProblem(segment, names);
      if (problem != null) {
        return invalid(text, problem);
      }
      segments.add(segment);
      if (slash < 0) {
        return new PathTemplateModel(text, segments, null);
      }
      start = slash + 1;
    }
  }

  /**
   * Joins a class prefix and a method template: {@code "/api"} and {@code "/items"}. A root
   * ({@code "/"}) on either side adds nothing, so {@code @Path("/")} with {@code @Get("/items")}
   * is {@code /items}, not the invalid {@code //items}.
   */
  public static String join(String prefix, String path) {
    String head = prefix.equals("/") ? "" : prefix;
    String tail = path.equals("/") && !head.isEmpty() ? "" : path;
    if (head.isEmpty()) {
      return tail.isEmpty() ? "/" : tail;
    }
    return tail.isEmpty() ? head : head + tail;
  }

  /** Whether the template parsed. */
  public boolean isValid() {
    return error == null;
  }

  /** The variable names in order. */
  public List<String> variables() {
    List<String> names = new ArrayList<>();
    for (String segment : segments) {
      if (isVariable(segment)) {
        names.add(segment.substring(1, segment.length() - 1));
      }
    }
    return names;
  }

  /** Whether a segment is a variable. */
  public static boolean isVariable(String segment) {
    return segment.startsWith("{");
  }

  private static String segmentProblem(String segment, List<String> names) {
    if (segment.isEmpty()) {
      return "it has an empty segment (a doubled or trailing '/')";
    }
    if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
      if (!segment.startsWith("{") || !segment.endsWith("}") || segment.length() < 3
          || segment.indexOf('{', 1) >= 0 || segment.indexOf('}') != segment.length() - 1) {
        return "the segment '" + segment + "' must be literal text or one whole {name} variable";
      }
      String name = segment.substring(1, segment.length() - 1);
      if (!isName(name)) {
        return "the variable name '" + name + "' must be a Java-style identifier (letters, digits, "
            + "'_', not starting with a digit)";
      }
      if (names.contains(name)) {
        return "the variable {" + name + "} appears twice";
      }
      names.add(name);
      return null;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      boolean ok = c < 0x80 && (Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0);
      if (!ok) {
        return "the character '" + c + "' is not allowed in a path segment";
      }
    }
    return null;
  }

  private static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c < 0x80 && (Character.isLetter(c) || c == '_');
      boolean digit = c >= '0' && c <= '9';
      if (!(letter || (digit && i > 0))) {
        return false;
      }
    }
    return true;
  }

  private static PathTemplateModel invalid(String text, String error) {
    return new PathTemplateModel(text, List.of(), error);
  }
}
