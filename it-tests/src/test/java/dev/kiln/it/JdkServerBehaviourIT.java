package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.RawConnection;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the JDK's HTTP server answers on its own, before Kiln sees the request: these are not
 * problem details, and docs/reliability.md lists them. Header limits are in {@code
 * ServerLimitsIT} (forked JVMs).
 */
@Timeout(30)
class JdkServerBehaviourIT {
  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  private static RawConnection.Answer send(String request) throws Exception {
    try (RawConnection c =
        RawConnection.open(Integer.parseInt(Http.of(APP).base().replaceAll(".*:", "")))) {
      c.write(request);
      return c.read();
    }
  }

  private static void assertJdk400(String request) throws Exception {
    RawConnection.Answer answer = send(request);
    assertThat(answer.status()).as(request).isEqualTo(400);
    assertThat(answer.header("Content-Type")).as(request).startsWith("text/html");
  }

  @Test
  void malformedPercentEscapeInTheRequestLineIsTheJdks400() throws Exception {
    assertJdk400("GET /items/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n");
    assertJdk400("GET /items/1?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n");
    assertJdk400("GET /items/a|b HTTP/1.1\r\nHost: x\r\n\r\n");
  }

  @Test
  void rawNonAsciiBytesInThePathPassTheJdkAndAreKilns400() throws Exception {
    // java.net.URI accepts them; Kiln's strict decoder does not
    RawConnection.Answer answer = send("GET /hello\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
  }

  @Test
  void malformedRequestLineIsTheJdks400() throws Exception {
    assertJdk400("GET\r\nHost: x\r\n\r\n");
    assertJdk400("GET /hello\r\nHost: x\r\n\r\n");
  }

  @Test
  void illegalHeaderNameIsTheJdks400() throws Exception {
    assertJdk400("GET /hello HTTP/1.1\r\nHost: x\r\nBad(Name): 1\r\n\r\n");
  }

  @Test
  void conflictingLengthHeadersAreTheJdks400() throws Exception {
    assertJdk400("POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    assertJdk400("POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
        + "Content-Length: 3\r\n\r\n{}");
    assertJdk400("POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n");
    assertJdk400("POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n");
  }

  @Test
  void unsupportedTransferEncodingIsTheJdks501() throws Exception {
    RawConnection.Answer answer = send("POST /items HTTP/1.1\r\nHost: x\r\n"
        + "Transfer-Encoding: gzip\r\n\r\n");
    assertThat(answer.status()).isEqualTo(501);
  }
}
