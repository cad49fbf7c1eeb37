package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.ExampleAppServer;
import dev.kiln.it.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example app's class-path folder {@code static} under {@code /static}. */
class StaticFilesIT {
  @RegisterExtension
  static final ExampleAppServer APP = new ExampleAppServer();

  @Test
  void servesTheStylesheetWithValidators() {
    Http.Response css = APP.http().get("/static/css/site.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.contentType()).isEqualTo("text/css; charset=utf-8");
    assertThat(css.body()).contains("font-family");
    assertThat(css.header("Content-Length")).isEqualTo(Integer.toString(css.bytes().length));
    assertThat(css.header("Last-Modified")).endsWith(" GMT");
    String etag = css.header("ETag");
    assertThat(APP.http().get("/static/css/site.css", "If-None-Match", etag).status())
        .isEqualTo(304);
  }

  @Test
  void servesTheIndexAndRefusesTraversal() {
    Http.Response index = APP.http().get("/static");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<a href=\"/ui/pets\">");
    assertThat(APP.http().get("/static/%2e%2e/META-INF/kiln/openapi.json").status())
        .isEqualTo(404);
    assertThat(APP.http().get("/static/..%2fMETA-INF%2fkiln%2fopenapi.json").status())
        .isEqualTo(404);
  }
}
