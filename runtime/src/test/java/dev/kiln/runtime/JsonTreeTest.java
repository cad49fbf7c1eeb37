package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonTree}: the processor's layout read and written back byte for byte. */
class JsonTreeTest {
  @Test
  void theProcessorsLayoutRoundTrips() {
    String text = String.join("\n",
        "{",
        "  \"a\": {},",
        "  \"b\": [],",
        "  \"c\": [",
        "    1,",
        "    -9223372036854775808,",
        "    123456789012345678901234567890,",
        "    0.000001,",
        "    true,",
        "    null",
        "  ],",
        "  \"d\": \"quote \\\" backslash \\\\ line\\nend \u00e9 \ud83d\ude00\"",
        "}",
        "");

    Object tree = JsonTree.parse(text.getBytes(StandardCharsets.UTF_8));

    assertThat(tree).isEqualTo(Map.of("a", Map.of(), "b", List.of(),
        "c", java.util.Arrays.asList(1, Long.MIN_VALUE,
            new java.math.BigInteger("123456789012345678901234567890"),
            new java.math.BigDecimal("0.000001"), true, null),
        "d", "quote \" backslash \\ line\nend \u00e9 \ud83d\ude00"));
    assertThat(new String(JsonTree.write(tree), StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
