package dev.kiln.client.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WireTextTest {
  @Test
  void encodesEverythingButUnreservedCharactersAsUtf8() {
    assertThat(WireText.encode("a-Z_0.9~")).isEqualTo("a-Z_0.9~");
    assertThat(WireText.encode("a b/ç?&=+%")).isEqualTo("a%20b%2F%C3%A7%3F%26%3D%2B%25");
  }

  @Test
  void dateTimesCarryTheirSeconds() {
    assertThat(WireText.of(LocalDateTime.of(2026, 1, 31, 13, 45)))
        .isEqualTo("2026-01-31T13:45:00");
    assertThat(WireText.of(OffsetDateTime.of(2026, 1, 31, 13, 45, 0, 0, ZoneOffset.ofHours(1))))
        .isEqualTo("2026-01-31T13:45:00+01:00");
    assertThat(WireText.of(7L)).isEqualTo("7");
  }
}
