package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.RawConnection;
import dev.kiln.test.KilnTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/**
 * What Kiln makes the same on every provider, where the providers differ on their own: the
 * request target in absolute form, a broken chunked body, a huge declared body, slow clients,
 * and a JVM kept alive while the server runs.
 */
@EachProvider
@Timeout(30)
class ProvidersIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  private static RawConnection open() throws Exception {
    return RawConnection.open(APP.server().port());
  }

  private static String post(String headers) {
    return ProtocolIT.postItem(headers);
  }

  @Test
  void absoluteFormRequestTargetIsRouted() throws Exception {
    try (RawConnection c = open()) {
      c.write("GET http://x/items/7?q=abs HTTP/1.1\r\nHost: x\r\n\r\n");
      RawConnection.Answer answer = c.read();
      assertThat(answer.status()).isEqualTo(200);
      assertThat(Http.json(answer.body())).isEqualTo(Http.jsonQ("{'id':7,'q':'abs'}"));
    }
  }

  @Test
  void malformedChunkIsA400Problem() throws Exception {
    try (RawConnection c = open()) {
      c.write(post("Transfer-Encoding: chunked\r\n") + "5\r\n{\"nam\r\nzz\r\n");
      RawConnection.Answer answer = c.read();
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(Http.json(answer.body()).get("detail").asString())
          .startsWith("The request body could not be read: its chunked encoding is malformed");
    }
  }

  @Test
  void hugeDeclaredBodyIs413BeforeItIsSentAndTheConnectionCloses() throws Exception {
    try (RawConnection c = open()) {
      c.write(post("Content-Length: 1073741824\r\n") + "{\"name\":");
      RawConnection.Answer answer = c.read();
      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.header("Connection")).isEqualTo("close");
      assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
      try {
        // the JDK's server and robaho's read and drop up to 64 KiB of the body, then close
        c.write("x".repeat(128 * 1024));
      } catch (java.io.IOException e) {
        // Jetty closed the connection already
      }
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void aStalledClientDoesNotHoldUpOthers() throws Exception {
    try (RawConnection stalled = open(); RawConnection body = open()) {
      stalled.write("GET /hello HTTP/1.1\r\nHo");
      body.write(post("Content-Length: 100\r\n") + "{\"na");
      long started = System.nanoTime();
      assertThat(APP.client().get("/hello").status()).isEqualTo(200);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2_000);
    }
  }

  @Test
  void aNonDaemonThreadKeepsTheJvmAliveWhileTheServerRuns() {
    assertThat(Thread.getAllStackTraces().keySet())
        .anyMatch(thread -> thread.getName().equals("kiln-keep-alive") && !thread.isDaemon());
  }
}
