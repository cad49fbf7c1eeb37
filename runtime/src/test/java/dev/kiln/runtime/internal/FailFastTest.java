package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.ForkedServer;
import dev.kiln.runtime.support.RawResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12: after an {@link OutOfMemoryError} (a {@link VirtualMachineError}) the server exits
 * with status 3 so that a supervisor restarts it; every other {@link Error} a handler throws
 * stays a 500 for its request and the server keeps answering.
 */
@Timeout(30)
class FailFastTest {

  @Test
  void anOutOfMemoryErrorEndsTheServerWithStatus3() throws Exception {
    try (ForkedServer server = new ForkedServer(List.of("4"))) {
      assertThat(server.status("GET /oom HTTP/1.1\r\nHost: x\r\n\r\n")).isEqualTo(-1);
      assertThat(server.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(server.process.exitValue()).isEqualTo(FailFast.EXIT_STATUS);
      assertThat(server.stderr()).contains("Kiln: fatal java.lang.OutOfMemoryError: Java heap "
          + "space (thrown by the test route) in the request GET /oom; exiting with status 3");
    }
  }

  @Test
  void otherErrorsAreA500AndTheServerStaysUp() throws Exception {
    Logger log = Logger.getLogger("dev.kiln");
    Level saved = log.getLevel();
    log.setLevel(Level.OFF); // the 500s' expected stack traces
    KilnServer server = KilnServer.builder().port(0)
        .route(Route.of("GET", "/assert", ex -> {
          throw new AssertionError("an assertion failed");
        }))
        .route(Route.of("GET", "/deep", ex -> ex.respondText(200, "depth " + recurse(0))))
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .start();
    try {
      for (String path : List.of("/assert", "/deep", "/assert")) {
        RawResponse answer =
            RawResponse.exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(answer.status).as(path).isEqualTo(500);
        assertThat(answer.headers).containsEntry("content-type", "application/problem+json");
        assertThat(answer.body).contains("\"status\":500",
            "The server failed to answer this request. Request id: ")
            .doesNotContain("assertion", "StackOverflow");
      }
      assertThat(RawResponse.exchange(server.port(), "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
          .body).isEqualTo("hello");
    } finally {
      server.stop(Duration.ZERO);
      log.setLevel(saved);
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
