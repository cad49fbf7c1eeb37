package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Probe;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.test.KilnTest;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each provider answers to each family of bad input, on the example app: the table of
 * docs/reliability.md, measured. {@code problem} is Kiln's RFC 9457 answer (the request reached
 * Kiln, or on Jetty the provider's own refusal written by Kiln's error handler); any other kind
 * is the provider's own answer.
 */
@EachProvider
@Timeout(60)
class ProviderAnswersIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  private static final String ITEM = "{\"name\":\"w\",\"price\":1}";

  /** A bad-input family: its request, and the answer of jdk, jetty and robaho. */
  record Family(String name, String request, Map<String, String> answers) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Family family(String name, String request, String jdk, String jetty,
      String robaho) {
    return new Family(name, request, Map.of("jdk", jdk, "jetty", jetty, "robaho", robaho));
  }

  private static String post(String headers, String body) {
    return ProtocolIT.postItem(headers) + body;
  }

  static Family[] families() {
    return new Family[] {
      family("HTTP/1.1 without Host", "GET /hello HTTP/1.1\r\n\r\n",
          "400 problem", "400 problem", "400 problem"),
      family("64 KiB request target", "GET /hello?q=" + "a".repeat(64 * 1024)
          + " HTTP/1.1\r\nHost: x\r\n\r\n", "closed", "414 problem", "414 problem"),
      family("1,500 header fields", "GET /hello HTTP/1.1\r\nHost: x\r\n"
          + headers(1_500) + "\r\n", "closed", "431 problem", "431 problem"),
      family("whitespace before a header colon", "GET /hello HTTP/1.1\r\nHost : x\r\n\r\n",
          "400 text/html", "400 problem", "200 text/plain"),
      family("obsolete line folding", "GET /hello HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2\r\n\r\n",
          "200 text/plain", "400 problem", "200 text/plain"),
      family("malformed request line", "GET /hello\r\nHost: x\r\n\r\n",
          "400 text/html", "505 problem", "400 text/html"),
      family("illegal header name", "GET /hello HTTP/1.1\r\nHost: x\r\nBad(Name): 1\r\n\r\n",
          "400 text/html", "400 problem", "400 problem"),
      family("bad percent-encoding in the path", "GET /items/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
          "400 text/html", "400 problem", "400 text/html"),
      family("bad percent-encoding in the query",
          "GET /items/1?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
              "400 text/html", "400 problem", "400 text/html"),
      family("bad UTF-8 in the path", "GET /todos/%FF HTTP/1.1\r\nHost: x\r\n\r\n",
          "400 problem", "400 problem", "400 problem"),
      family("raw non-ASCII byte in the path", "GET /hello\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n",
          "400 problem", "400 problem", "400 problem"),
      family("Content-Length and Transfer-Encoding",
          post("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"),
          "400 text/html", "400 problem", "400 text/html"),
      family("two different Content-Length", post("Content-Length: 2\r\nContent-Length: 3\r\n",
          "{}"), "400 text/html", "400 problem", "400 text/html"),
      family("Content-Length not a number", post("Content-Length: abc\r\n", ""),
          "400 text/html", "400 problem", "400 text/html"),
      family("unsupported Transfer-Encoding", post("Transfer-Encoding: gzip\r\n", ""),
          "501 text/html", "400 problem", "501 text/html"),
      family("malformed chunk", post("Transfer-Encoding: chunked\r\n", "5\r\n{\"nam\r\nzz\r\n"),
          "400 problem", "400 problem", "400 problem"),
      family("1 GiB declared body", post("Content-Length: 1073741824\r\n", "{"),
          "413 problem", "413 problem", "413 problem"),
      family("body shorter than declared", post("Content-Length: 100\r\n", "{"),
          "no answer in 3 s", "no answer in 3 s", "no answer in 3 s"),
      family("deeply nested JSON", post("Content-Length: 4000\r\n",
          "[".repeat(2_000) + "]".repeat(2_000)), "400 problem", "400 problem", "400 problem"),
      family("not JSON", post("Content-Length: 5\r\n", "hello"),
          "400 problem", "400 problem", "400 problem"),
      family("absolute-form target", "GET http://x/hello HTTP/1.1\r\nHost: x\r\n\r\n",
          "200 text/plain", "200 text/plain", "200 text/plain"),
      family("valid request (control)", post("Content-Length: " + ITEM.length() + "\r\n", ITEM),
          "201 application/json", "201 application/json", "201 application/json"),
    };
  }

  private static String headers(int count) {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < count; i++) {
      headers.append("X-H").append(i).append(": v\r\n");
    }
    return headers.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void answer(Family family) throws Exception {
    String answer = Probe.answer(APP.server().port(), family.request());
    System.out.println("PROBE|" + provider + "|" + family.name() + "|" + answer);
    assertThat(answer).isEqualTo(family.answers().get(provider));
  }
}
