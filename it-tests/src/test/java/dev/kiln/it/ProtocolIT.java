package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.RawConnection;
import dev.kiln.test.KilnTest;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** HTTP/1.1 (RFC 9110/9112) behaviour over a raw socket and HttpClient, against the example app. */
@EachProvider
@Timeout(30)
class ProtocolIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  private static final String ITEM = "{\"name\":\"lamp\",\"price\":9.5,\"tags\":[\"a\"]}";

  private static RawConnection open() throws Exception {
    return RawConnection.open(Integer.parseInt(Http.of(APP).base().replaceAll(".*:", "")));
  }

  /** A {@code POST /items} JSON request's head with {@code headers} (each ending in CRLF). */
  static String postItem(String headers) {
    return "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + headers
        + "\r\n";
  }

  @Test
  void chunkedRequestBodyIsRead() throws Exception {
    try (RawConnection c = open()) {
      c.write(postItem("Transfer-Encoding: chunked\r\n"));
      c.write("5\r\n{\"nam\r\n");
      c.write(Integer.toHexString(ITEM.length() - 5) + "\r\n" + ITEM.substring(5) + "\r\n0\r\n\r\n");
      RawConnection.Answer answer = c.read();
      assertThat(answer.status()).as(answer.body()).isEqualTo(201);
      assertThat(Http.json(answer.body())).isEqualTo(Http.json(ITEM));
    }
  }

  @Test
  void expect100ContinueIsAnsweredBeforeTheBodyIsSent() throws Exception {
    try (RawConnection c = open()) {
      c.write(postItem("Expect: 100-continue\r\nContent-Length: " + ITEM.length() + "\r\n"));
      RawConnection.Answer interim = c.read();
      assertThat(interim.statusLine()).isEqualTo("HTTP/1.1 100 Continue");
      c.write(ITEM);
      RawConnection.Answer answer = c.read();
      assertThat(answer.status()).isEqualTo(201);
      assertThat(Http.json(answer.body())).isEqualTo(Http.json(ITEM));
    }
  }

  @Test
  void emptyBodyWhereOneIsRequiredIs400() throws Exception {
    String empty = "{'type':'https://kiln.dev/problems/invalid-request','title':'Bad Request',"
        + "'status':400,'detail':'The request body is empty; a JSON document is required.',"
        + "'instance':'/items','errors':[{'in':'body','pointer':'','message':'The request body"
        + " is empty; a JSON document is required.','code':'malformed_json'}]}";
    try (RawConnection c = open()) {
      c.write(postItem("Content-Length: 0\r\n"));
      RawConnection.Answer answer = c.read();
      assertThat(answer.status()).isEqualTo(400);
      assertThat(Http.json(answer.body())).isEqualTo(Http.jsonQ(empty));
      c.write(postItem("Transfer-Encoding: chunked\r\n") + "0\r\n\r\n");
      assertThat(Http.json(c.read().body())).isEqualTo(Http.jsonQ(empty));
      c.write(postItem(""));
      assertThat(Http.json(c.read().body())).isEqualTo(Http.jsonQ(empty));
    }
  }

  @Test
  void contentTypeWithCharsetIsAccepted() {
    Http.Response response = Http.of(APP).send("POST", "/items",
        "application/json; charset=UTF-8", ITEM);
    assertThat(response.status()).isEqualTo(201);
    assertThat(Http.of(APP).send("POST", "/items", "Application/JSON;charset=\"utf-8\"", ITEM)
        .status()).isEqualTo(201);
  }

  @Test
  void queryStrings() {
    Http http = Http.of(APP);
    http.get("/items/1?q=a+b%2Bc").assertOk(200, "{'id':1,'q':'a b+c'}");
    http.get("/items/1?q=first&q=second").assertOk(200, "{'id':1,'q':'first'}");
    http.get("/items/1?q=").assertOk(200, "{'id':1,'q':''}");
    http.get("/items/1?q").assertOk(200, "{'id':1,'q':''}");
    http.get("/items/1?&&q=x&").assertOk(200, "{'id':1,'q':'x'}");
    http.get("/items/1?other=%C3%28&q=x").assertOk(200, "{'id':1,'q':'x'}");
    http.get("/items/1?q=caf%C3%A9").assertOk(200, "{'id':1,'q':'café'}");
    for (String bad : new String[] {"%C3%28", "%C3", "%E2%82", "%ED%A0%80", "%C0%AF"}) {
      Http.Response response = http.get("/items/1?q=" + bad);
      assertThat(response.status()).as(bad).isEqualTo(400);
      assertThat(response.contentType()).isEqualTo("application/problem+json");
      assertThat(response.json().get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_format");
    }
  }

  @Test
  void encodedSlashStaysInsideItsSegment() {
    Http.Response response = Http.of(APP).get("/items/1%2F2");
    // one segment "1/2" that is not an int (400), not the two segments of an unknown path (404)
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("name").asString()).isEqualTo("id");
    assertThat(Http.of(APP).get("/hello%2F").status()).isEqualTo(404);
  }

  @Test
  void trailingSlashIsAnotherPath() {
    assertThat(Http.of(APP).get("/hello/").status()).isEqualTo(404);
    assertThat(Http.of(APP).get("/items/1/").status()).isEqualTo(404);
    assertThat(Http.of(APP).get("/items/").status()).isEqualTo(404);
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
    try (RawConnection c = open()) {
      c.write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /items/2?q=z HTTP/1.1\r\nHost: x\r\n\r\n"
          + "HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\n"
          + "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n"
          + postItem("Content-Length: " + ITEM.length() + "\r\n") + ITEM
          + "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(c.read().body()).isEqualTo("Hello, World!");
      assertThat(c.read().body()).isEqualTo("{\"id\":2,\"q\":\"z\"}");
      RawConnection.Answer head = c.read(true);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.header("Content-Length")).isEqualTo("13");
      assertThat(c.read().status()).isEqualTo(404);
      assertThat(c.read().status()).isEqualTo(201);
      assertThat(c.read().body()).isEqualTo("Hello, World!");
      // and the connection is still open for more
      c.write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(c.read().status()).isEqualTo(200);
    }
  }

  @Test
  void answersCarryDateAndExactContentLength() throws Exception {
    try (RawConnection c = open()) {
      for (String path : new String[] {"/hello", "/items/3", "/nope", "/items/x"}) {
        c.write("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        RawConnection.Answer answer = c.read();
        assertThat(answer.header("Transfer-Encoding")).as(path).isNull();
        assertThat(Integer.parseInt(answer.header("Content-Length")))
            .isEqualTo(answer.body().getBytes(StandardCharsets.UTF_8).length);
        ZonedDateTime date =
            ZonedDateTime.parse(answer.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(date.toEpochSecond()).isCloseTo(System.currentTimeMillis() / 1000,
            org.assertj.core.data.Offset.offset(60L));
      }
      c.write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(c.read().header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    }
  }

  @Test
  void connectionCloseIsHonoured() throws Exception {
    try (RawConnection c = open()) {
      c.write("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(c.read().status()).isEqualTo(200);
      assertThat(c.closedByServer()).isTrue();
    }
  }
}
