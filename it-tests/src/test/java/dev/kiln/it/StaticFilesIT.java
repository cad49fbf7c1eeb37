package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import dev.kiln.test.WithoutContractCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example app's class-path folder {@code static} under {@code /static}: hand-written routes,
 * not operations of the OpenAPI document, so not contract-checked.
 */
@WithoutContractCheck
class StaticFilesIT {
  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  @Test
  void servesTheStylesheetWithValidators() {
    Http.Response css = Http.of(APP).get("/static/css/site.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.contentType()).isEqualTo("text/css; charset=utf-8");
    assertThat(css.body()).contains("font-family");
    assertThat(css.header("Content-Length")).isEqualTo(Integer.toString(css.bytes().length));
    assertThat(css.header("Last-Modified")).endsWith(" GMT");
    String etag = css.header("ETag");
    assertThat(Http.of(APP).get("/static/css/site.css", "If-None-Match", etag).status())
        .isEqualTo(304);
  }

  @Test
  void servesTheIndexAndRefusesTraversal() {
    Http.Response index = Http.of(APP).get("/static");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<a href=\"/ui/pets\">");
    assertThat(Http.of(APP).get("/static/%2e%2e/META-INF/kiln/openapi.json").status())
        .isEqualTo(404);
    assertThat(Http.of(APP).get("/static/..%2fMETA-INF%2fkiln%2fopenapi.json").status())
        .isEqualTo(404);
  }
}
