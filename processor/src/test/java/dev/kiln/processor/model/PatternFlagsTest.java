package dev.kiln.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The rewrite of {@code @Pattern} flags: exact output, and the rewritten expression without flags
 * matches what Java matches with them, on inputs chosen to tell them apart.
 */
class PatternFlagsTest {
  private static final List<String> INPUTS = List.of("", "a", "A", "z", "Z", "aB", "Ab", "é",
      "É", "\n", "\r", "a\nb", "a\rb", "abc", "ABC", "aBc9", "x-1", "Q", "q", "K", "k", "_",
      "\u212a", "ab12", "AB12", "g", "G", "0x7A", "cat", "CAT", "Cat");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[a-z]+|CASE_INSENSITIVE|[a-zA-Z]+",
      "abc|CASE_INSENSITIVE|[aA][bB][cC]",
      "[^a-c]x|CASE_INSENSITIVE|[^a-cA-C][xX]",
      "[0-z]*|CASE_INSENSITIVE|[0-zA-Za-z]*",
      "[A-F0-9]{2}|CASE_INSENSITIVE|[A-Fa-f0-9]{2}",
      "\\d\\w\\p{Lu}|CASE_INSENSITIVE|\\d\\w\\p{Lu}",
      "(?<word>cat)\\k<word>|CASE_INSENSITIVE|(?<word>[cC][aA][tT])\\k<word>",
      "\\x7A.|CASE_INSENSITIVE DOTALL|\\x7A[\\s\\S]",
      "a.b|UNIX_LINES|a[^\\n]b",
      "a.b|DOTALL UNIX_LINES|a[\\s\\S]b",
      "a.b|UNICODE_CASE|a.b",
  })
  void rewritesTheFlagsIntoTheExpression(String regex, String flags, String rewritten) {
    assertThat(PatternFlags.rewrite(regex, List.of(flags.split(" ")))).isEqualTo(rewritten);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[a-z]+|CASE_INSENSITIVE", "abc|CASE_INSENSITIVE", "[^a-c]*|CASE_INSENSITIVE",
      "[0-z]*|CASE_INSENSITIVE", "[A-F0-9]+|CASE_INSENSITIVE", "k|CASE_INSENSITIVE",
      "(?<w>ca)t|CASE_INSENSITIVE", "a.b|DOTALL", "a.b|UNIX_LINES", ".*|DOTALL",
      "[a-z].[0-9]?|CASE_INSENSITIVE DOTALL", "é|CASE_INSENSITIVE", ".|UNICODE_CASE",
  })
  void theRewriteMatchesAsJavaDoesWithTheFlags(String regex, String flagNames) {
    List<String> flags = List.of(flagNames.split(" "));
    int javaFlags = 0;
    for (String flag : flags) {
      javaFlags |= javaFlag(flag);
    }
    Pattern withFlags = Pattern.compile(regex, javaFlags);
    Pattern rewritten = Pattern.compile(PatternFlags.rewrite(regex, flags));
    for (String input : INPUTS) {
      assertThat(rewritten.matcher(input).matches())
          .as("%s with %s on %s", regex, flags, input)
          .isEqualTo(withFlags.matcher(input).matches());
    }
  }

  @Test
  void flagsWithoutARewriteAreNamed() {
    assertThat(PatternFlags.inexpressible(List.of("CASE_INSENSITIVE", "DOTALL"))).isNull();
    assertThat(PatternFlags.inexpressible(List.of("UNICODE_CASE"))).isNull();
    assertThat(PatternFlags.inexpressible(List.of("DOTALL", "MULTILINE"))).isEqualTo("MULTILINE");
    assertThat(PatternFlags.inexpressible(List.of("COMMENTS"))).isEqualTo("COMMENTS");
    assertThat(PatternFlags.inexpressible(List.of("CANON_EQ"))).isEqualTo("CANON_EQ");
    assertThat(PatternFlags.inexpressible(List.of("CASE_INSENSITIVE", "UNICODE_CASE")))
        .isEqualTo("UNICODE_CASE");
  }

  private static int javaFlag(String name) {
    switch (name) {
      case "CASE_INSENSITIVE":
        return Pattern.CASE_INSENSITIVE;
      case "DOTALL":
        return Pattern.DOTALL;
      case "UNIX_LINES":
        return Pattern.UNIX_LINES;
      default:
        return Pattern.UNICODE_CASE;
    }
  }
}
