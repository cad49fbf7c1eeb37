package dev.kiln.processor.validation;

/**
 * Finds Java-only syntax in a {@code @Pattern} regular expression: what JSON Schema's {@code
 * pattern} (ECMA-262) does not have or means differently, so the OpenAPI document could not state
 * the rule the generated validator checks. Assumes {@code regex} compiles in Java.
 */
final class RegexDialect {
  private RegexDialect() {}

  /** A description of the first Java-only construct in {@code regex}, or {@code null}. */
  static String javaOnly(String regex) {
    int depth = 0; // inside a character class when > 0
    boolean afterQuantifier = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 >= regex.length()) {
          return null;
        }
        char next = regex.charAt(i + 1);
        switch (next) {
          case 'A':
            return "\\A (start of input; write ^)";
          case 'Z':
          case 'z':
            return "\\" + next + " (end of input; write $)";
          case 'G':
            return "\\G (end of the previous match)";
          case 'Q':
          case 'E':
            return "\\Q...\\E quoting (escape each character instead)";
          case 'h':
          case 'H':
          case 'R':
          case 'X':
          case 'V':
            return "\\" + next + " (a Java-only character class)";
          case 'p':
          case 'P':
            if (regex.startsWith("{java", i + 2) || regex.startsWith("{Is", i + 2)
                || regex.startsWith("{In", i + 2)) {
              int close = regex.indexOf('}', i);
              return "\\" + next + regex.substring(i + 2, close < 0 ? regex.length() : close + 1)
                  + " (a Java-only property class)";
            }
            if (regex.startsWith("{", i + 2)) {
              int close = regex.indexOf('}', i);
              i = (close < 0 ? regex.length() : close) - 1; // the loop's i++ skips the name
            }
            break;
          default:
            break;
        }
        i++;
        afterQuantifier = false;
        continue;
      }
      if (depth > 0) {
        if (c == '[') {
          return "a nested character class [...[...]...]";
        }
        if (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
          return "character class intersection &&";
        }
        if (c == ']') {
          depth--;
        }
        continue;
      }
      if (c == '[') {
        depth++;
        // a ] right after [ or [^ is a literal in Java
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          return "a ] right after [ (escape it as \\])";
        }
        afterQuantifier = false;
        continue;
      }
      if (c == '+' && afterQuantifier) {
        return "a possessive quantifier (" + regex.charAt(i - 1) + "+)";
      }
      if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
        String group = regex.substring(i + 2, Math.min(regex.length(), i + 4));
        if (group.startsWith("<=") || group.startsWith("<!")) {
          return "a lookbehind (?" + group + "...)";
        }
        if (group.startsWith(">")) {
          return "an atomic group (?>...)";
        }
        if (!group.isEmpty() && (Character.isLetter(group.charAt(0)) || group.charAt(0) == '-')) {
          int end = i + 2;
          while (end < regex.length() && regex.charAt(end) != ')' && regex.charAt(end) != ':') {
            end++;
          }
          return "embedded flags " + regex.substring(i, Math.min(regex.length(), end + 1))
              + " (JSON Schema patterns take no flags)";
        }
        afterQuantifier = false;
        continue;
      }
      boolean quantifier = c == '*' || c == '+' || c == '?' || c == '}';
      // a ? right after a quantifier makes it lazy, which ECMA-262 has too
      afterQuantifier = quantifier && !(c == '?' && afterQuantifier);
      if (c == '?' && i > 0 && regex.charAt(i - 1) == '(') {
        afterQuantifier = false;
      }
    }
    return null;
  }
}
