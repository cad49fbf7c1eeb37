package dev.kiln.processor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which regular expressions mean the same in Java and in JSON Schema (ECMA-262). */
class RegexDialectTest {

  @ParameterizedTest
  @ValueSource(strings = {"[A-Za-z ]+", "a+?b", "a*?", "\\d{3}-\\d{4}", "(?:ab)+",
      "(?=a)b", "(?!a)b", "(?<name>a)\\k<name>", "[\\[\\]]", "\\p{L}+", "x{2,3}?", "\\\\A"})
  void portable(String regex) {
    assertThat(RegexDialect.javaOnly(regex)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a++b|a possessive quantifier (++)",
      "a*+|a possessive quantifier (*+)",
      "a?+|a possessive quantifier (?+)",
      "a{2}+|a possessive quantifier (}+)",
      "\\p{javaLowerCase}|\\p{javaLowerCase} (a Java-only property class)",
      "\\p{IsAlphabetic}|\\p{IsAlphabetic} (a Java-only property class)",
      "\\Aabc|\\A (start of input; write ^)",
      "abc\\z|\\z (end of input; write $)",
      "abc\\Z|\\Z (end of input; write $)",
      "(?<!a)b|a lookbehind (?<!...)",
      "(?<=a)b|a lookbehind (?<=...)",
      "(?i)abc|embedded flags (?i) (JSON Schema patterns take no flags)",
      "(?i:abc)|embedded flags (?i: (JSON Schema patterns take no flags)",
      "(?>ab)|an atomic group (?>...)",
      "\\Qa.b\\E|\\Q...\\E quoting (escape each character instead)",
      "[a-z&&[^x]]|character class intersection &&",
      "[a-c[x-z]]|a nested character class [...[...]...]"})
  void javaOnly(String regex, String construct) {
    assertThat(RegexDialect.javaOnly(regex)).isEqualTo(construct);
  }
}
