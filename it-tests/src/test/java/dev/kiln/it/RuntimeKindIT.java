package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.it.apps.ThreadController;
import dev.kiln.it.apps.ThreadController_Routes;
import dev.kiln.it.support.Http;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The multi-release runtime picks its executor by JDK: virtual threads on 21+, a pool of
 * platform threads on 17.
 */
class RuntimeKindIT {
  private KilnServer server;

  @BeforeEach
  void start() throws IOException {
    server = KilnServer.builder().port(0)
        .routes(new ThreadController_Routes(new ThreadController())).start();
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(5));
  }

  @Test
  void handlersRunOnVirtualThreadsOnJdk21() {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
    String thread = handlerThread();
    assertThat(thread).startsWith("VirtualThread[");
  }

  @Test
  void handlersRunOnKilnWorkersOnJdk17() {
    assumeTrue(Runtime.version().feature() < 21, "JDK 17 to 20 only");
    String thread = handlerThread();
    assertThat(thread).startsWith("Thread[").contains("kiln-worker-");
  }

  private String handlerThread() {
    Http.Response response = Http.of(server).get("/thread");
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }
}
