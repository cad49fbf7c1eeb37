package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

  @Test
  void rootHasNoSegments() {
    assertThat(PathTemplate.decodeSegments("/")).isEmpty();
    assertThat(PathTemplate.segments("/")).isEmpty();
  }

  @Test
  void splitsOnSlashes() {
    assertThat(PathTemplate.decodeSegments("/a")).containsExactly("a");
    assertThat(PathTemplate.decodeSegments("/a/b")).containsExactly("a", "b");
    assertThat(PathTemplate.decodeSegments("/items/42/tags")).containsExactly("items", "42", "tags");
  }

  @Test
  void trailingAndDoubleSlashesYieldEmptySegments() {
    assertThat(PathTemplate.decodeSegments("/a/")).containsExactly("a", "");
    assertThat(PathTemplate.decodeSegments("/a//b")).containsExactly("a", "", "b");
    assertThat(PathTemplate.decodeSegments("//")).containsExactly("", "");
  }

  @Test
  void decodesEachSegmentAndKeepsEncodedSlashesInside() {
    assertThat(PathTemplate.decodeSegments("/a%2Fb/c")).containsExactly("a/b", "c");
    assertThat(PathTemplate.decodeSegments("/caf%C3%A9/x%20y")).containsExactly("café", "x y");
    assertThat(PathTemplate.decodeSegments("/a+b")).containsExactly("a+b");
  }

  @Test
  void malformedSegmentYieldsNull() {
    assertThat(PathTemplate.decodeSegments("/a/%ZZ")).isNull();
    assertThat(PathTemplate.decodeSegments("/%4/b")).isNull();
    assertThat(PathTemplate.decodeSegments("/a/%")).isNull();
    assertThat(PathTemplate.decodeSegments("/a/%C3%28")).isNull();
  }

  @Test
  void escapeDoesNotSpanASegmentBoundary() {
    assertThat(PathTemplate.decodeSegments("/a%4/1")).isNull();
  }

  @Test
  void templateSegments() {
    assertThat(PathTemplate.segments("/items/{id}")).containsExactly("items", "{id}");
    assertThatThrownBy(() -> PathTemplate.segments("items"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.segments("/a//b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.segments("/a/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void variables() {
    assertThat(PathTemplate.isVariable("{id}")).isTrue();
    assertThat(PathTemplate.isVariable("{}")).isFalse();
    assertThat(PathTemplate.isVariable("id")).isFalse();
    assertThat(PathTemplate.isVariable("{id")).isFalse();
  }
}
