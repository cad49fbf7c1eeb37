package dev.kiln.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** Validates OpenAPI documents with swagger-parser. */
final class OpenApiValidation {
  private OpenApiValidation() {}

  /** Asserts that swagger-parser reads {@code json} as OpenAPI 3.1 with no message at all. */
  static SwaggerParseResult assertValid(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    return result;
  }
}
