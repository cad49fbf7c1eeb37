package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.MultipartBody;
import dev.kiln.test.KilnTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example app's HTML pages under {@code /ui/pets} (jte templates). */
class PagesIT {
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  /**
   * The add-pet form's text fields, given as {@code name=Rex&status=sold} (percent-encoded), in
   * a {@code multipart/form-data} body as the page's form sends it.
   */
  private static MultipartBody form(String fields) {
    MultipartBody body = new MultipartBody();
    for (String pair : fields.split("&")) {
      int eq = pair.indexOf('=');
      body.field(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1),
          StandardCharsets.UTF_8));
    }
    return body;
  }

  private Http.Response addPet(String fields) {
    return addPet(form(fields));
  }

  private Http.Response addPet(MultipartBody form) {
    return Http.of(app).request("POST", "/ui/pets", form.end(), "Content-Type",
        MultipartBody.CONTENT_TYPE);
  }

  /** The 422 form page of a blank name and status {@code lost}, with no category error. */
  private static void assertBlankNameAndUnknownStatus(Http.Response page) {
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("<span class=\"error\" id=\"name-error\">must not be blank</span>")
        .contains("<span class=\"error\" id=\"status-error\">must be one of: available, "
            + "pending, sold</span>")
        .doesNotContain("id=\"category-error\"");
  }

  /** {@code size} bytes starting as a PNG file does. */
  private static byte[] png(int size) {
    byte[] png = new byte[size];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    for (int i = 0; i < size; i++) {
      png[i] = i < signature.length ? signature[i] : (byte) (i * 31 + (i >> 8));
    }
    return png;
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
    assertBlankNameAndUnknownStatus(page);
    assertThat(page.body()).contains("<input id=\"category\" name=\"category\" value=\"Fish\">");
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
    assertThat(form.body()).contains("<form method=\"post\" action=\"/ui/pets\" "
        + "enctype=\"multipart/form-data\" id=\"add-pet\">",
        "<input type=\"file\" id=\"photo\" name=\"photo\" accept=\"image/*\">")
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

  // a photo over the 1 MiB a url-encoded form may have, under the photo limit (2 MiB)
  @Test
  void aPetIsAddedWithItsPhoto() {
    byte[] photo = png(1536 * 1024);
    Http.Response added = addPet(form("name=Rex&category=Dogs&status=available")
        .file("photo", "rex.png", "image/png", photo));
    assertThat(added.status()).isEqualTo(303);
    assertThat(added.header("Location")).isEqualTo("/ui/pets/1");
    assertThat(Http.of(app).get("/ui/pets/1").body()).contains("<h1 id=\"name\">Rex</h1>",
        "<dd id=\"category\">Dogs</dd>", "<dd id=\"photo\"><a href=\"/ui/pets/1/photo\">"
        + "rex.png</a> (image/png, 1572864 bytes)</dd>");
    Http.Response stored = Http.of(app).get("/ui/pets/1/photo");
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.contentType()).isEqualTo("application/octet-stream");
    assertThat(stored.bytes()).isEqualTo(photo);
  }

  // a browser sends a file input left empty as a part with filename="" and no content
  @Test
  void aPetWithoutAPhotoIsAdded() {
    Http.Response added = addPet(form("name=Tom&status=sold")
        .file("photo", "", "application/octet-stream", new byte[0]));
    assertThat(added.status()).isEqualTo(303);
    assertThat(added.header("Location")).isEqualTo("/ui/pets/1");
    assertThat(Http.of(app).get("/ui/pets/1").body()).contains("<h1 id=\"name\">Tom</h1>",
        "<dd id=\"photo\">none</dd>");
    assertThat(Http.of(app).get("/ui/pets/1/photo").status()).isEqualTo(404);
    assertThat(addPet(form("name=Kit")).status()).isEqualTo(303);
  }

  @Test
  void aFormWithErrorsAndAPhotoIsShownAgainWithItsValues() {
    Http.Response page = addPet(form("name=+&category=Fish+%26+Chips&status=lost")
        .file("photo", "fish.png", "image/png", png(300 * 1024)));
    assertBlankNameAndUnknownStatus(page);
    assertThat(page.body())
        .contains("<input id=\"category\" name=\"category\" value=\"Fish &amp; Chips\">")
        .contains("enctype=\"multipart/form-data\"").doesNotContain("id=\"photo-error\"");
    assertThat(Http.of(app).get("/ui/pets").body()).contains("No pet matches.");
  }

  @Test
  void aPhotoThatIsNoImageOrTooLargeIsShownNextToItsField() {
    Http.Response text = addPet(form("name=Rex&category=Dogs&status=pending")
        .file("photo", "notes.txt", "text/plain", "hi".getBytes(StandardCharsets.UTF_8)));
    assertThat(text.status()).isEqualTo(422);
    assertThat(text.body())
        .contains("<span class=\"error\" id=\"photo-error\">The photo is text/plain, not an "
            + "image.</span>")
        .contains("<input id=\"name\" name=\"name\" value=\"Rex\">")
        .contains("<option value=\"pending\" selected>pending</option>");
    Http.Response large = addPet(form("name=Rex")
        .file("photo", "big.png", "image/png", png(2 * 1024 * 1024 + 1)));
    assertThat(large.status()).isEqualTo(422);
    assertThat(large.body()).contains("<span class=\"error\" id=\"photo-error\">The photo is "
        + "larger than 2097152 bytes.</span>");
    assertThat(Http.of(app).get("/ui/pets").body()).contains("No pet matches.");
  }

  // the form is multipart only; the JSON and url-encoded bodies of other routes are unchanged
  @Test
  void aUrlEncodedAddPetFormIs415() {
    Http.Response refused = Http.of(app).send("POST", "/ui/pets",
        "application/x-www-form-urlencoded", "name=Rex");
    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
  }
}
