package dev.kiln.processor.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.processor.validation.baseline.JsonTree;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The baseline reader: every JSON value, and errors with their place. */
class JsonTreeTest {

  @Test
  void readsEveryKindOfValueInOrder() {
    Object tree = JsonTree.parse(" {\"b\": [1, -2.5e3, 0, true, false, null],"
        + " \"a\": {\"s\": \"q\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"}, \"e\": {}, \"l\": []}\n");

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"),
        new BigDecimal("0"), true, false, null));
    expected.put("a", Map.of("s", "q\"\\/\b\f\n\r\t\u00e9"));
    expected.put("e", Map.of());
    expected.put("l", List.of());
    assertThat(tree).isEqualTo(expected);
    assertThat(((Map<?, ?>) tree).keySet()).containsExactly("b", "a", "e", "l");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"a\": 1,}|expected a property name at line 1, column 9",
      "[1, 2|expected ']' at line 1, column 6",
      "{\"a\"\n 1}|expected ':' at line 2, column 2",
      "01|unexpected text after the document at line 1, column 2",
      "\"abc|unterminated string at line 1, column 5",
      "tru|unexpected 't' at line 1, column 1",
      "[1.]|expected a digit at line 1, column 4",
      "\"\\x\"|bad escape \\x at line 1, column 4",
      "|unexpected end at line 1, column 1",
  })
  void refusesMalformedTextNamingWhere(String text, String message) {
    assertThatThrownBy(() -> JsonTree.parse(text.replace("\\n", "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void refusesDeepNesting() {
    assertThatThrownBy(() -> JsonTree.parse("[".repeat(600) + "]".repeat(600)))
        .hasMessageStartingWith("nested deeper than 512");
  }
}
