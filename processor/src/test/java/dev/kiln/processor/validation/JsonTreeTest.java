package dev.kiln.processor.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.processor.validation.baseline.JsonTree;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    assertThat(((Map<?, ?>) tree).keySet().toString()).isEqualTo("[b, a, e, l]");
  }

  @Test
  void refusesMalformedTextNamingWhere() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("{\"a\": 1,}", "expected a property name at line 1, column 9");
    cases.put("[1, 2", "expected ']' at line 1, column 6");
    cases.put("{\"a\"\n 1}", "expected ':' at line 2, column 2");
    cases.put("01", "unexpected text after the document at line 1, column 2");
    cases.put("\"abc", "unterminated string at line 1, column 5");
    cases.put("tru", "unexpected 't' at line 1, column 1");
    cases.put("[1.]", "expected a digit at line 1, column 4");
    cases.put("\"\\x\"", "bad escape \\x at line 1, column 4");
    cases.put("", "unexpected end at line 1, column 1");
    cases.forEach((text, message) -> assertThatThrownBy(() -> JsonTree.parse(text))
        .as(text)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message));
  }

  @Test
  void refusesDeepNesting() {
    assertThatThrownBy(() -> JsonTree.parse("[".repeat(600) + "]".repeat(600)))
        .hasMessageStartingWith("nested deeper than 512");
  }
}
