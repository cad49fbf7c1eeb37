package dev.kiln.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The path template grammar, without a compiler. */
class PathTemplateModelTest {

  @Test
  void rootIsValidWithNoSegments() {
    PathTemplateModel root = PathTemplateModel.parse("/");

    assertThat(root.isValid()).isTrue();
    assertThat(root.error()).isNull();
    assertThat(root.segments()).isEmpty();
    assertThat(root.variables()).isEmpty();
  }

  @Test
  void literalAndVariableSegmentsKeepTheirOrder() {
    PathTemplateModel template = PathTemplateModel.parse("/shops/{shopId}/items/{id}");

    assertThat(template.isValid()).isTrue();
    assertThat(template.text()).isEqualTo("/shops/{shopId}/items/{id}");
    assertThat(template.segments()).containsExactly("shops", "{shopId}", "items", "{id}");
    assertThat(template.variables()).containsExactly("shopId", "id");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/items",
      "/a-b.c_d~e",
      "/!$&'()*+,;=:@",
      "/v1/items/{id}",
      "/{_x}",
      "/{a1_B2}",
      "/Users/{userId}/x0",
  })
  void validTemplates(String text) {
    PathTemplateModel template = PathTemplateModel.parse(text);

    assertThat(template.error()).isNull();
    assertThat(template.isValid()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                | it must start with '/'",
      "items             | it must start with '/'",
      "{id}              | it must start with '/'",
      "//items           | it has an empty segment (a doubled or trailing '/')",
      "/items/           | it has an empty segment (a doubled or trailing '/')",
      "/items//{id}      | it has an empty segment (a doubled or trailing '/')",
      "/items/{id        | the segment '{id' must be literal text or one whole {name} variable",
      "/items/id}        | the segment 'id}' must be literal text or one whole {name} variable",
      "/items/x{id}      | the segment 'x{id}' must be literal text or one whole {name} variable",
      "/items/{id}.json  | the segment '{id}.json' must be literal text or one whole {name} variable",
      "/items/{a}{b}     | the segment '{a}{b}' must be literal text or one whole {name} variable",
      "/items/{{id}}     | the segment '{{id}}' must be literal text or one whole {name} variable",
      "/items/{}         | the segment '{}' must be literal text or one whole {name} variable",
      "/items/{1id}      | the variable name '1id' must be a Java-style identifier (letters, digits, '_', not starting with a digit)",
      "/items/{my-id}    | the variable name 'my-id' must be a Java-style identifier (letters, digits, '_', not starting with a digit)",
      "/items/{ id}      | the variable name ' id' must be a Java-style identifier (letters, digits, '_', not starting with a digit)",
      "/{id}/x/{id}      | the variable {id} appears twice",
      "/items?q=1        | the character '?' is not allowed in a path segment",
      "/items#top        | the character '#' is not allowed in a path segment",
      "/a%20b            | the character '%' is not allowed in a path segment",
      "/a b              | the character ' ' is not allowed in a path segment",
      "/caf\u00e9        | the character '\u00e9' is not allowed in a path segment",
  })
  void invalidTemplatesSayWhy(String text, String error) {
    PathTemplateModel template = PathTemplateModel.parse(text);

    assertThat(template.isValid()).isFalse();
    assertThat(template.error()).isEqualTo(error);
    assertThat(template.text()).isEqualTo(text);
    assertThat(template.segments()).isEmpty();
    assertThat(template.variables()).isEmpty();
  }

  @Test
  void variablesAreListedInTemplateOrder() {
    assertThat(PathTemplateModel.parse("/{b}/{a}/c/{z}").variables()).containsExactly("b", "a",
        "z");
    assertThat(PathTemplateModel.parse("/items").variables()).isEmpty();
  }

  @Test
  void isVariableLooksAtBraces() {
    assertThat(PathTemplateModel.isVariable("{id}")).isTrue();
    assertThat(PathTemplateModel.isVariable("id")).isFalse();
  }

  @ParameterizedTest(name = "join(\"{0}\", \"{1}\") = \"{2}\"")
  @CsvSource(delimiter = '|', value = {
      "''     | ''           | /",
      "''     | /items       | /items",
      "''     | /            | /",
      "/api   | ''           | /api",
      "/api   | /items       | /api/items",
      "/api   | /items/{id}  | /api/items/{id}",
      "/      | /items       | /items",
      "/      | ''           | /",
      "/      | /            | /",
      "/api   | /            | /api",
  })
  void joinConcatenatesPrefixAndPath(String prefix, String path, String joined) {
    assertThat(PathTemplateModel.join(prefix, path)).isEqualTo(joined);
  }

  @Test
  void segmentsAreImmutable() {
    PathTemplateModel template = new PathTemplateModel("/a", new java.util.ArrayList<>(List.of(
        "a")), null);

    assertThat(template.segments()).isUnmodifiable();
  }
}
