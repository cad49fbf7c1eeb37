package dev.kiln.test;

import static dev.kiln.test.KilnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.test.app.GreetingsController;
import dev.kiln.test.app.GreetingsController_Routes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In process on an instance field, chosen with {@link KilnTest#mode}: a fresh application for
 * every test, its start hooks run before and its drain and stop hooks after each test.
 */
class InProcessPerTestTest {
  private static final List<String> HOOKS = new ArrayList<>();

  @RegisterExtension
  final KilnTest app = KilnTest.of(() -> KilnServer.builder()
      .routes(new GreetingsController_Routes(new GreetingsController()))
      .onStart(() -> HOOKS.add("start"))
      .onDrain(() -> HOOKS.add("drain"))
      .onStop(() -> HOOKS.add("stop")))
      .mode(KilnTest.Mode.IN_PROCESS);

  @RepeatedTest(2)
  void everyTestStartsEmpty(KilnClient client, RepetitionInfo repetition) {
    assertThat(client.isInProcess()).isTrue();
    assertThat(client.get("/greetings")).hasStatus(200).hasJson("[]");
    assertThat(client.postJson("/greetings", "{\"id\":0,\"text\":\"hi\"}")).hasJsonAt("/id", 1);
    assertThat(HOOKS).isEqualTo(repetition.getCurrentRepetition() == 1
        ? List.of("start") : List.of("start", "drain", "stop", "start"));
  }
}
