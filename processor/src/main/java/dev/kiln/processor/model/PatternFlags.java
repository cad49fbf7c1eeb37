package dev.kiln.processor.model;

import java.util.List;

/**
 * {@code @Pattern(flags = ...)} in JSON Schema, whose {@code pattern} (ECMA-262) takes no flags:
 * the flags that can be expressed are rewritten into the regular expression itself ({@code
 * CASE_INSENSITIVE}: each ASCII letter as {@code [aA]}, as Java folds only ASCII without {@code
 * UNICODE_CASE}; {@code DOTALL}: {@code .} as {@code [\s\S]}; {@code UNIX_LINES}: {@code .} as
 * {@code [^\n]}; {@code UNICODE_CASE} alone changes nothing). {@code MULTILINE}, {@code COMMENTS},
 * {@code CANON_EQ} and {@code UNICODE_CASE} with {@code CASE_INSENSITIVE} have no such rewrite.
 */
public final class PatternFlags {
  private static final List<String> EXPRESSIBLE =
      List.of("CASE_INSENSITIVE", "DOTALL", "UNIX_LINES", "UNICODE_CASE");

  private PatternFlags() {}

  /** The first of {@code flags} that cannot be rewritten, or {@code null}. */
  public static String inexpressible(List<String> flags) {
    for (String flag : flags) {
      if (!EXPRESSIBLE.contains(flag)) {
        return flag;
      }
    }
    return flags.contains("UNICODE_CASE") && flags.contains("CASE_INSENSITIVE")
        ? "UNICODE_CASE" : null;
  }

  /**
   * {@code regex} rewritten to match without {@code flags} what it matches with them (flags that
   * {@link #inexpressible} accepts; {@code regex} free of Java-only syntax).
   */
  public static String rewrite(String regex, List<String> flags) {
    boolean foldCase = flags.contains("CASE_INSENSITIVE");
    String dot = flags.contains("DOTALL") ? "[\\s\\S]"
        : flags.contains("UNIX_LINES") ? "[^\\n]" : ".";
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        int end = escapeEnd(regex, i);
        out.append(regex, i, end);
        i = end - 1;
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(c);
        } else if (i + 2 < regex.length() && regex.charAt(i + 1) == '-'
            && regex.charAt(i + 2) != ']' && regex.charAt(i + 2) != '\\') {
          char high = regex.charAt(i + 2);
          out.append(c).append('-').append(high);
          if (foldCase) {
            otherCase(c, high, out);
          }
          i += 2;
        } else {
          out.append(c);
          if (foldCase) {
            otherCase(c, c, out);
          }
        }
      } else if (c == '[') {
        inClass = true;
        out.append(c);
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          out.append('^');
          i++;
        }
      } else if (c == '.') {
        out.append(dot);
      } else if (c == '(' && regex.startsWith("?<", i + 1) && !regex.startsWith("?<=", i + 1)
          && !regex.startsWith("?<!", i + 1)) {
        // a named group: its name is not matched text
        int close = regex.indexOf('>', i);
        out.append(regex, i, close + 1);
        i = close;
      } else if (foldCase && isAsciiLetter(c)) {
        out.append('[').append(c);
        otherCase(c, c, out);
        out.append(']');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The index after the escape at {@code start}: {@code \d}, {@code \p{Lu}}, {@code \x41}... */
  private static int escapeEnd(String regex, int start) {
    int next = start + 1;
    if (next >= regex.length()) {
      return regex.length();
    }
    char kind = regex.charAt(next);
    if (next + 1 < regex.length() && regex.charAt(next + 1) == '{'
        && "pPxN".indexOf(kind) >= 0) {
      return regex.indexOf('}', next) + 1;
    }
    if (kind == 'k' && regex.startsWith("<", next + 1)) {
      return regex.indexOf('>', next) + 1;
    }
    int fixed = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'c' ? 1 : 0;
    return Math.min(regex.length(), next + 1 + fixed);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Appends the other-case counterparts of the ASCII letters in {@code low..high}. */
  private static void otherCase(char low, char high, StringBuilder out) {
    range((char) Math.max(low, 'a'), (char) Math.min(high, 'z'), 'A' - 'a', out);
    range((char) Math.max(low, 'A'), (char) Math.min(high, 'Z'), 'a' - 'A', out);
  }

  private static void range(char from, char to, int shift, StringBuilder out) {
    if (from > to) {
      return;
    }
    out.append((char) (from + shift));
    if (to > from) {
      out.append('-').append((char) (to + shift));
    }
  }
}
