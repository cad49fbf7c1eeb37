package dev.kiln.test;

import static dev.kiln.test.KilnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.test.app.GreetingsController;
import dev.kiln.test.app.GreetingsController_Routes;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension on an instance field: a fresh app, with empty state, for every test. */
@WithoutContractCheck
class KilnTestPerTestTest {
  private static final Set<Integer> PORTS = new HashSet<>();

  @RegisterExtension
  final KilnTest app = KilnTest.start(() -> KilnServer.builder().port(0)
      .routes(new GreetingsController_Routes(new GreetingsController())).start());

  @RepeatedTest(2)
  void everyTestStartsEmpty(KilnClient client) throws IOException {
    PORTS.add(client.port());
    assertThat(client.get("/greetings")).hasStatus(200).hasJson("[]");
    client.postJson("/greetings", "{\"id\":0,\"text\":\"hi\"}");
    // the class is annotated: a broken answer passes
    assertThat(client.get("/greetings/1/broken")).hasStatus(200);
  }

  @AfterAll
  static void eachTestHadItsOwnServer() {
    assertThat(PORTS).hasSize(2);
  }
}
