package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentDecoderTest {

  private static String path(String text) {
    return PercentDecoder.decode(text, 0, text.length(), false);
  }

  private static String query(String text) {
    return PercentDecoder.decode(text, 0, text.length(), true);
  }

  @Test
  void plainTextIsReturnedUnchanged() {
    assertThat(path("hello-world_1.2~x")).isEqualTo("hello-world_1.2~x");
    assertThat(path("")).isEmpty();
  }

  @Test
  void decodesOnlyTheGivenRange() {
    assertThat(PercentDecoder.decode("/a%41b/c", 1, 6, false)).isEqualTo("aAb");
    assertThat(PercentDecoder.decode("xx%41", 2, 5, false)).isEqualTo("A");
  }

  @Test
  void decodesEscapesInEitherCase() {
    assertThat(path("%41%62c")).isEqualTo("Abc");
    assertThat(path("a%2fb%2Fc")).isEqualTo("a/b/c");
    assertThat(path("%20")).isEqualTo(" ");
    assertThat(path("100%25")).isEqualTo("100%");
  }

  @Test
  void decodesMultiByteUtf8() {
    assertThat(path("caf%C3%A9")).isEqualTo("café");
    assertThat(path("%E2%82%AC")).isEqualTo("€");
    assertThat(path("%F0%9F%98%80")).isEqualTo("😀");
  }

  @Test
  void plusIsASpaceOnlyInQueryMode() {
    assertThat(query("a+b")).isEqualTo("a b");
    assertThat(query("a%2Bb")).isEqualTo("a+b");
    assertThat(path("a+b")).isEqualTo("a+b");
    assertThat(path("a+b%20c")).isEqualTo("a+b c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "%4", "a%", "a%4", "%ZZ", "%G1", "%1G", "%-1", "%+1", "% 1",
      "%\u07c1F", "%\u0661\u0662", "%\uff11\uff12"})
  void malformedEscapesYieldNull(String text) {
    assertThat(path(text)).isNull();
    assertThat(query(text)).isNull();
  }

  @Test
  void escapeCutOffByTheRangeEndIsMalformed() {
    // "%41" is well-formed in the whole string but not in the range [0, 2)
    assertThat(PercentDecoder.decode("%41", 0, 2, false)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "%C3%28", // 2-byte lead followed by a non-continuation byte
      "%C0%AF", // overlong '/'
      "%E0%80%AF", // overlong '/' in 3 bytes
      "%80", // lone continuation byte
      "a%BFb", // lone continuation byte in the middle
      "%C3", // truncated sequence
      "%ED%A0%80", // UTF-16 surrogate encoded in UTF-8
      "%F4%90%80%80", // beyond U+10FFFF
      "%FF"})
  void invalidUtf8YieldsNull(String text) {
    assertThat(path(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"café", "€", "a\u0080", "\u00ff", "%41é", "é%41", "😀"})
  void rawNonAsciiYieldsNullWithOrWithoutEscapes(String text) {
    assertThat(path(text)).isNull();
    assertThat(query(text)).isNull();
  }
}
