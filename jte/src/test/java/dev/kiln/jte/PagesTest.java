package dev.kiln.jte;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Pages} with a template written as jte generates them (escaping by jte's output). */
class PagesTest {
  // what jte generates for: @param Greeting greeting / <p title="${greeting.name()}">Hi ${greeting.name()}</p>
  static final Template<Greeting> GREETING = (output, interceptor, greeting) -> {
    output.writeContent("<p title=\"");
    output.setContext("p", "title");
    output.writeUserContent(greeting.name());
    output.setContext("p", null);
    output.writeContent("\">Hi ");
    output.writeUserContent(greeting.name());
    output.writeContent("</p>");
  };

  @Test
  void rendersWithHtmlEscaping() {
    assertThat(Pages.render(GREETING, new Greeting("<b>\"Rex\" & co</b>")))
        .isEqualTo("<p title=\"&lt;b>&#34;Rex&#34; &amp; co&lt;/b>\">"
            + "Hi &lt;b&gt;\"Rex\" &amp; co&lt;/b&gt;</p>");
  }

  @Test
  void pageCarriesAnEtagAndAnswers304WhenItMatches() {
    Response<String> page = Pages.page(GREETING, new Greeting("Rex"), Optional.empty());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).isEqualTo("<p title=\"Rex\">Hi Rex</p>");
    String etag = page.headers().get("ETag");
    assertThat(etag).matches("\"[0-9a-f]{16}\"");
    assertThat(page.headers()).containsEntry("Cache-Control", "no-cache");

    Response<String> same = Pages.page(GREETING, new Greeting("Rex"), Optional.of("W/" + etag));
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isNull();
    assertThat(same.headers()).containsEntry("ETag", etag);
    assertThat(Pages.page(GREETING, new Greeting("Rex"), Optional.of("\"x\", " + etag))
        .status()).isEqualTo(304);

    Response<String> other = Pages.page(GREETING, new Greeting("Max"), Optional.of(etag));
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.headers().get("ETag")).isNotEqualTo(etag);
  }

  @Test
  void ofMakesAPageAHandlerCanReturn() {
    dev.kiln.runtime.HtmlPage page = Pages.of(GREETING, new Greeting("<i>Rex</i>"));
    assertThat(page.html()).isEqualTo(Pages.render(GREETING, new Greeting("<i>Rex</i>")))
        .contains("Hi &lt;i&gt;Rex&lt;/i&gt;");
  }

  @Test
  void pageWithAStatus() {
    Response<String> page = Pages.page(422, GREETING, new Greeting("Rex"));
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).contains("Hi Rex");
  }
}
