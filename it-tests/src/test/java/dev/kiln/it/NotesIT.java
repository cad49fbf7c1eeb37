package dev.kiln.it;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example app's {@code /notes} resource over HTTP: bean-param paging, repeated and optional
 * query parameters, a header echo, JSON and form creation with a cookie, PATCH with optional
 * fields, DELETE, raw upload and download, the async tag counts; a fresh store per test.
 */
@EachProvider
class NotesIT {
  @Parameter
  String provider;

  static final String USER = "0f8fad5b-d9cb-469f-a165-70867728950e";
  static final String FORM = "application/x-www-form-urlencoded";

  /** A fresh app for each test: its in-memory stores start empty. */
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  private Http http;
  private Instant started;

  @BeforeEach
  void connect() {
    started = Instant.now(); // before any note of the test is created
    http = Http.of(app);
  }

  @Test
  void emptyListEchoesTheRequestId() {
    Http.Response response = http.request("GET", "/notes", null, "X-Request-Id", "req-1")
        .assertOk(200, "{'items':[],'page':0,'total':0}");
    assertThat(response.header("X-Request-Id")).isEqualTo("req-1");
    assertThat(http.get("/notes").header("X-Request-Id")).isNull();
  }

  @Test
  void createFromJsonAnswers201WithLocationAndTheCookieAuthor() {
    Http.Response response = http.requestText("POST", "/notes", json("{'title':'Buy milk',"
            + "'color':'yellow','tags':['home','shop','home'],'due':'2024-02-01'}"),
        "Content-Type", "application/json", "Cookie", "theme=dark; user=" + USER);
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.header("Location")).isEqualTo("/notes/1");
    assertNote(response.json(), "{'id':1,'title':'Buy milk','color':'yellow',"
        + "'tags':['home','shop'],'due':'2024-02-01','author':'" + USER + "'}");
    assertNote(http.get("/notes/1").json(), "{'id':1,'title':'Buy milk','color':'yellow',"
        + "'tags':['home','shop'],'due':'2024-02-01','author':'" + USER + "'}");
  }

  @Test
  void createFromAFormWithoutACookie() {
    Http.Response response = http.send("POST", "/notes", FORM,
        "title=Call+Bob&color=green&tags=work&tags=phone");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).isEqualTo("/notes/1");
    assertNote(response.json(), "{'id':1,'title':'Call Bob','color':'green',"
        + "'tags':['work','phone'],'due':null,'author':null}");
  }

  /**
   * {@code @Size(max = 100)} counts code points, as the document's {@code maxLength} does: a
   * title of 100 emoji (200 UTF-16 units) is stored and answered (contract-checked), 101 are not.
   */
  @Test
  void aTitleIsMeasuredInCodePointsAsTheDocumentSays() {
    String emoji = "\uD83D\uDE00";
    Http.Response stored = http.postJson("/notes",
        "{\"title\":\"" + emoji.repeat(100) + "\",\"color\":\"blue\"}");
    assertThat(stored.status()).isEqualTo(201);
    assertNote(stored.json(), "{'id':1,'title':'" + emoji.repeat(100) + "','color':'blue',"
        + "'tags':[],'due':null,'author':null}");
    http.postJson("/notes", "{\"title\":\"" + emoji.repeat(101) + "\",\"color\":\"blue\"}")
        .assertProblem(422, invalid(422, "/notes",
            body("/title", "size", "size must be at most 100")));
  }

  @Test
  void createErrors() {
    // unknown enum wire name: 422 listing the wire names
    http.postJson("/notes", json("{'title':'x','color':'YELLOW','tags':[]}"))
        .assertProblem(422, invalid(422, "/notes",
            body("/color", "enum", "must be one of: yellow, blue, green")));
    http.send("POST", "/notes", FORM, "title=x&color=red").assertProblem(422,
        invalid(422, "/notes", body("/color", "enum", "must be one of: yellow, blue, green")));
    // a cookie that is not a UUID, with a body error: every error at once, 400 wins
    http.requestText("POST", "/notes", json("{'title':'','color':'blue','due':'2024-02-30'}"),
            "Content-Type", "application/json", "Cookie", "user=bob")
        .assertProblem(400, invalid(400, "/notes",
            param("cookie", "user", "invalid_format",
                "must be a UUID (8-4-4-4-12 hexadecimal digits)"),
            body("/title", "not_blank", "must not be blank"),
            body("/due", "invalid_format", "must be an ISO-8601 date (2024-01-31)")));
    // neither JSON nor a form
    http.send("POST", "/notes", "text/plain", "title=x").assertProblem(415,
        problem("unsupported-media-type", "Unsupported Media Type", 415,
            "The request body is text/plain; this operation reads application/json, "
                + "application/x-www-form-urlencoded.", "/notes"));
    assertThat(http.get("/notes").json().get("total").asInt()).isZero();
  }

  @Test
  void listPagesFiltersByRepeatedTagsAndQuery() {
    create("Alpha", "home", "shop");
    create("Beta", "home");
    create("Gamma alpha", "shop", "home");
    create("Delta", "work");

    assertThat(titles(http.get("/notes?size=2"))).isEqualTo("[Alpha, Beta] page 0 of 4");
    assertThat(titles(http.get("/notes?size=2&page=1"))).isEqualTo("[Gamma alpha, Delta] page 1 of 4");
    assertThat(titles(http.get("/notes?tag=home"))).isEqualTo("[Alpha, Beta, Gamma alpha] page 0 of 3");
    assertThat(titles(http.get("/notes?tag=home&tag=shop")))
        .isEqualTo("[Alpha, Gamma alpha] page 0 of 2");
    assertThat(titles(http.get("/notes?tag=home&tag=shop&q=alpha")))
        .isEqualTo("[Gamma alpha] page 0 of 1");
    assertThat(titles(http.get("/notes?q=%C3%A9"))).isEqualTo("[] page 0 of 0");
    assertThat(titles(http.get("/notes?page=5"))).isEqualTo("[] page 5 of 4");
  }

  @Test
  void pagingIsValidated() {
    http.get("/notes?page=-1&size=101").assertProblem(422, invalid(422, "/notes",
        param("query", "page", "min", "must be greater than or equal to 0"),
        param("query", "size", "max", "must be less than or equal to 100")));
    http.get("/notes?size=ten").assertProblem(400, invalid(400, "/notes",
        param("query", "size", "invalid_format", "must be an integer")));
  }

  @Test
  void patchChangesOnlyThePresentFields() {
    create("Alpha", "a");
    assertNote(http.send("PATCH", "/notes/1", "application/json", json("{'color':'blue'}")).json(),
        "{'id':1,'title':'Alpha','color':'blue','tags':['a'],'due':null,'author':null}");
    assertNote(http.send("PATCH", "/notes/1", "application/json",
            json("{'title':'A2','tags':[]}")).json(),
        "{'id':1,'title':'A2','color':'blue','tags':[],'due':null,'author':null}");
    http.send("PATCH", "/notes/1", "application/json", json("{'color':'pink'}"))
        .assertProblem(422, invalid(422, "/notes/1",
            body("/color", "enum", "must be one of: yellow, blue, green")));
    http.send("PATCH", "/notes/9", "application/json", "{}").assertProblem(404,
        problem("not-found", "Not Found", 404, "No note 9.", "/notes/9"));
  }

  @Test
  void deleteAnswers204ThenTheNoteIsGone() {
    create("Alpha");
    Http.Response deleted = http.delete("/notes/1");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    // an empty Optional from the handler: 404
    http.get("/notes/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No such resource.", "/notes/1"));
    http.delete("/notes/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No note 1.", "/notes/1"));
  }

  @Test
  void rawUploadAndDownload() {
    create("Alpha");
    http.get("/notes/1/attachment").assertProblem(404,
        problem("not-found", "Not Found", 404, "No such resource.", "/notes/1/attachment"));
    byte[] content = {(byte) 0xca, (byte) 0xfe, 0, 7};
    http.request("PUT", "/notes/1/attachment", content, "Content-Type", "image/x-cafe")
        .assertOk(200, "{'noteId':1,'size':4,'contentType':'image/x-cafe'}");
    Http.Response download = http.get("/notes/1/attachment");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/octet-stream");
    assertThat(download.bytes()).containsExactly(0xca, 0xfe, 0, 7);
    http.request("PUT", "/notes/2/attachment", content, "Content-Type", "image/x-cafe")
        .assertProblem(404, problem("not-found", "Not Found", 404, "No note 2.",
            "/notes/2/attachment"));
    // the media type is a required header
    http.request("PUT", "/notes/1/attachment", content).assertProblem(422,
        invalid(422, "/notes/1/attachment",
            param("header", "Content-Type", "missing", "is required")));
  }

  @Test
  void asyncTagCounts() {
    http.get("/notes/tags").assertOk(200, "{}");
    create("Alpha", "home", "shop");
    create("Beta", "home");
    http.get("/notes/tags").assertOk(200, "{'home':2,'shop':1}");
  }

  private void create(String title, String... tags) {
    StringBuilder form = new StringBuilder("title=" + title.replace(' ', '+') + "&color=yellow");
    for (String tag : tags) {
      form.append("&tags=").append(tag);
    }
    assertThat(http.send("POST", "/notes", FORM, form.toString()).status()).isEqualTo(201);
  }

  private static String titles(Http.Response response) {
    assertThat(response.status()).isEqualTo(200);
    JsonNode page = response.json();
    StringBuilder titles = new StringBuilder("[");
    for (JsonNode note : page.get("items")) {
      titles.append(titles.length() > 1 ? ", " : "").append(note.get("title").asString());
    }
    return titles + "] page " + page.get("page").asInt() + " of " + page.get("total").asInt();
  }

  /** Compares a note without its {@code created} time, which must be a recent instant. */
  private void assertNote(JsonNode note, String expected) {
    Instant created = Instant.parse(note.get("created").asString());
    assertThat(created).isBetween(started.minusSeconds(1), Instant.now().plusSeconds(1));
    ObjectNode rest = ((ObjectNode) note).deepCopy();
    rest.remove("created");
    assertThat(rest).isEqualTo(Http.jsonQ(expected));
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void aPageBeyondIntArithmeticIsEmptyNot500() {
    assertThat(http.postJson("/notes", "{\"title\":\"a\",\"color\":\"yellow\"}").status()).isEqualTo(201);
    http.get("/notes?page=2147483647&size=100")
        .assertOk(200, "{'items':[],'page':2147483647,'total':1}");
  }

  @Test
  void aRequestIdWithControlCharactersOrSpacesIsRefused() {
    for (String id : new String[] {"a\u0001b", "a b", "a\u007fb", "x".repeat(201)}) {
      String request = "GET /notes HTTP/1.1\r\nHost: x\r\nX-Request-Id: " + id
          + "\r\nConnection: close\r\n\r\n";
      if (provider.equals("jetty") && id.matches(".*[\u0001\u007f].*")) {
        // Jetty's parser refuses a control character in a header value itself, as a problem
        assertThat(http.raw(request)).as(id).startsWith("HTTP/1.1 400 ")
            .contains("Content-Type: application/problem+json").doesNotContain("X-Request-Id: a");
        continue;
      }
      assertThat(http.raw(request)).as(id).startsWith("HTTP/1.1 422 ")
          .contains("\"name\":\"X-Request-Id\"").doesNotContain("X-Request-Id: a");
    }
  }
}
