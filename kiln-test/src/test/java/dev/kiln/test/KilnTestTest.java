package dev.kiln.test;

import static dev.kiln.test.KilnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.KilnServer;
import dev.kiln.test.app.GreetingsController;
import dev.kiln.test.app.GreetingsController_Routes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/**
 * The extension on a static field: one app for the class, answers checked by default; the same
 * tests over HTTP and in process.
 */
@EachMode
class KilnTestTest {
  @Parameter
  KilnTest.Mode mode;

  @RegisterExtension
  static final KilnTest APP = KilnTest.of(() -> KilnServer.builder()
      .routes(new GreetingsController_Routes(new GreetingsController())));

  @Test
  void injectsAClientOfTheRunningApp(KilnClient client) {
    assertThat(APP.runningMode()).isEqualTo(mode);
    assertThat(client.isInProcess()).isEqualTo(mode == KilnTest.Mode.IN_PROCESS);
    if (mode == KilnTest.Mode.HTTP) {
      KilnServer server = APP.server();
      assertThat(client.port()).isEqualTo(server.port()).isPositive();
      assertThat(client.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
    } else {
      assertThat(client.port()).isEqualTo(-1);
      assertThat(client.baseUri().toString()).isEqualTo("http://localhost");
    }
    assertThat(client.postJson("/greetings", "{\"id\":0,\"text\":\"hi\"}"))
        .hasStatus(201)
        .hasContentType("application/json")
        .hasJsonAt("/text", "hi")
        .hasJsonAt("/id", 1);
  }

  @Test
  void problemHelpersReadTheErrorsItems(KilnClient client) {
    assertThat(client.postJson("/greetings", "{\"id\":\"one\"}"))
        .isProblem(422)
        .hasErrorCount(2)
        .hasError("/id", "type")
        .hasError("/text", "missing");
  }

  @Test
  void anAnswerThatBreaksTheDocumentFailsTheTest(KilnClient client) {
    assertThatThrownBy(() -> client.get("/greetings/3/broken"))
        .isInstanceOf(ContractViolation.class)
        .hasMessageContaining("GET /greetings/{id}/broken answered 200: at /text: rule type: "
            + "null found, string expected");
  }

  @Test
  @WithoutContractCheck
  void theAnnotationSwitchesTheCheckOffForOneTest(KilnClient client) {
    assertThat(client.get("/greetings/3/broken")).hasStatus(200).hasJsonAt("/text", null);
  }

  @Test
  void uncheckedSwitchesItOffForOneRequest() {
    assertThat(APP.client().unchecked().get("/greetings/4/broken")).hasJsonAt("/id", 4);
  }

  @Test
  void unknownPathsAndMethodsAreCheckedToo(KilnClient client) {
    assertThat(client.get("/nothing")).isProblem(404);
    assertThat(client.delete("/greetings")).isProblem(405)
        .hasHeader("Allow", "GET, HEAD, POST, OPTIONS");
  }
}
