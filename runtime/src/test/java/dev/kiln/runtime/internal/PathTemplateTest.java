package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

  @Test
  void rootHasNoSegments() {
    assertThat(PathTemplate.segments("/")).isEmpty();
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
