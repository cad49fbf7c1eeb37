package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example app's HTML pages under {@code /ui/pets} (jte templates). */
class PagesIT {
  private static final String FORM = "application/x-www-form-urlencoded";

  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  private Http.Response addPet(String form) {
    return Http.of(app).send("POST", "/ui/pets", FORM, form);
  }

  @Test
  void addingAPetRedirectsToItsPage() {
    Http.Response added = addPet("name=Rex&category=Dogs&status=available");
    assertThat(added.status()).isEqualTo(303);
    assertThat(added.header("Location")).isEqualTo("/ui/pets/1");
    Http.Response page = Http.of(app).get("/ui/pets/1");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(page.body()).contains("<h1 id=\"name\">Rex</h1>",
        "<dd id=\"category\">Dogs</dd>", "<dd id=\"status\">available</dd>",
        "<link rel=\"stylesheet\" href=\"/static/css/site.css\">");
    // the JSON API sees the same pet
    assertThat(Http.of(app).with(Http.PETSTORE_TOKEN).get("/pet/1").json().get("name")
        .asString()).isEqualTo("Rex");
  }

  @Test
  void theListSearchesByName() {
    addPet("name=Rex&status=available");
    addPet("name=Tom&category=Cats&status=sold");
    Http.Response all = Http.of(app).get("/ui/pets");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body()).contains("<a href=\"/ui/pets/1\">Rex</a>",
        "<a href=\"/ui/pets/2\">Tom</a>", "<form class=\"search\" method=\"get\"");
    Http.Response found = Http.of(app).get("/ui/pets?q=to");
    assertThat(found.body()).contains(">Tom</a>", "value=\"to\"").doesNotContain(">Rex</a>");
    assertThat(Http.of(app).get("/ui/pets?q=zzz").body()).contains("No pet matches.");
  }

  @Test
  void userDataIsEscaped() {
    addPet("name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&status=available");
    Http.Response page = Http.of(app).get("/ui/pets/1");
    assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
    assertThat(Http.of(app).get("/ui/pets?q=%22%3E%3Cb%3E").body())
        .contains("value=\"&#34;>&lt;b>\"").doesNotContain("\"><b>");
  }

  // the 422 form page is text/html, as the document says (@ApiResponse(mediaType = Pages.HTML))
  @Test
  void aFormWithErrorsIsShownAgainWithEachFieldsMessage() {
    Http.Response page = addPet("name=+&category=Fish&status=lost");
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("<span class=\"error\" id=\"name-error\">must not be blank</span>")
        .contains("<span class=\"error\" id=\"status-error\">must be one of: available, "
            + "pending, sold</span>")
        .contains("<input id=\"category\" name=\"category\" value=\"Fish\">")
        .doesNotContain("id=\"category-error\"");
    // the same errors as the JSON API's 422 for the same form
    Http.Response problem = Http.of(app).with(Http.PETSTORE_TOKEN).send("POST", "/pet",
        "application/json", "{\"name\":\" \",\"photoUrls\":[],\"tags\":[]}");
    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.json().get("errors").get(0).get("message").asString())
        .isEqualTo("must not be blank");
    assertThat(Http.of(app).get("/ui/pets").body()).contains("No pet matches.");
  }

  @Test
  void theEmptyFormHasNoErrors() {
    Http.Response form = Http.of(app).get("/ui/pets/new");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("<form method=\"post\" action=\"/ui/pets\" id=\"add-pet\">")
        .doesNotContain("class=\"error\"");
  }

  @Test
  void pagesHaveEtagsHeadAnd304() {
    addPet("name=Rex&status=available");
    Http.Response page = Http.of(app).get("/ui/pets/1");
    String etag = page.header("ETag");
    assertThat(etag).matches("\"[0-9a-f]{16}\"");
    Http.Response same = Http.of(app).get("/ui/pets/1", "If-None-Match", etag);
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(same.header("ETag")).isEqualTo(etag);
    Http.Response head = Http.of(app).head("/ui/pets");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("Content-Length"))
        .isEqualTo(Integer.toString(Http.of(app).get("/ui/pets").bytes().length));
    addPet("name=Tom&status=sold");
    assertThat(Http.of(app).get("/ui/pets", "If-None-Match",
        Http.of(app).get("/ui/pets/1").header("ETag")).status()).isEqualTo(200);
  }

  // the page's 404 is a problem, as the document says (the handler returns the page model)
  @Test
  void anUnknownPetIs404() {
    assertThat(Http.of(app).get("/ui/pets/99").status()).isEqualTo(404);
    assertThat(Http.of(app).get("/ui/pets/99").contentType())
        .isEqualTo("application/problem+json");
  }

  @Test
  void everyPageModelIsAnsweredAsHtmlWithItsOwnEtag() {
    addPet("name=Rex&status=available");
    Http.Response form = Http.of(app).get("/ui/pets/new");
    assertThat(form.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(form.header("Cache-Control")).isEqualTo("no-cache");
    String etag = form.header("ETag");
    assertThat(etag).matches("\"[0-9a-f]{16}\"")
        .isNotEqualTo(Http.of(app).get("/ui/pets").header("ETag"))
        .isNotEqualTo(Http.of(app).get("/ui/pets/1").header("ETag"));
    assertThat(Http.of(app).get("/ui/pets/new", "If-None-Match", etag).status()).isEqualTo(304);
    Http.Response head = Http.of(app).head("/ui/pets/1");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("ETag")).isEqualTo(Http.of(app).get("/ui/pets/1").header("ETag"));
    assertThat(head.body()).isEmpty();
  }
}
