package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.Response;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.RawResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a header value a handler echoes (e.g. {@code X-Request-Id}) cannot carry control
 * characters into the answer's head: each is replaced by a space (RFC 9110 section 5.5).
 */
class EchoedHeadersTest {

  @Test
  void controlCharactersInResponseHeadersBecomeSpaces() throws Exception {
    KilnServer server = KilnServer.builder().port(0)
        .route(Route.of("GET", "/echo", ex -> {
          ex.setHeaders(Response.status(200).header("X-Echo", ex.header("X-Echo") + "\r\nX-Evil: 1")
              .build());
          ex.respondText(200, "ok");
        }))
        .start();
    try {
      RawResponse answer = RawResponse.exchange(server.port(),
          "GET /echo HTTP/1.1\r\nHost: x\r\nX-Echo: a\u0001b\u007fc\r\n\r\n");
      assertThat(answer.status).isEqualTo(200);
      assertThat(answer.headers).containsEntry("x-echo", "a b c  X-Evil: 1")
          .doesNotContainKey("x-evil");
      assertThat(answer.body).isEqualTo("ok");
    } finally {
      server.stop(Duration.ZERO);
    }
  }

  @Test
  void valuesWithoutControlsAreKeptAsTheyAre() {
    String value = "req-1 \t\u00e9";
    assertThat(ResponseBody.withoutControls(value)).isSameAs(value);
    assertThat(ResponseBody.withoutControls("\u0000a\u001f")).isEqualTo(" a ");
  }
}
