package dev.kiln.it.support;

import dev.kiln.example.ExampleApp;
import dev.kiln.it.apps.vocab.AnswersController;
import dev.kiln.it.apps.vocab.AnswersController_Routes;
import dev.kiln.it.apps.vocab.BodiesController;
import dev.kiln.it.apps.vocab.BodiesController_Routes;
import dev.kiln.it.apps.vocab.ParamsController;
import dev.kiln.it.apps.vocab.ParamsController_Routes;
import dev.kiln.runtime.KilnServer;
import dev.kiln.test.KilnTest;

/**
 * The apps the ITs run with kiln-test's {@link KilnTest}. Register one with {@code
 * @RegisterExtension}: on a {@code static} field it runs once for the test class, on an instance
 * field afresh for each test (so that in-memory stores start empty).
 */
public final class Apps {
  private Apps() {}

  /** The example app; every answer is checked against its OpenAPI document. */
  public static KilnTest exampleApp() {
    return KilnTest.start(() -> ExampleApp.start("127.0.0.1", 0));
  }

  /**
   * The test-only vocabulary controllers ({@code /params}, {@code /bodies}, {@code /answers}).
   * They are compiled without an OpenAPI document (it would shadow the example app's), so their
   * answers are not contract-checked.
   */
  public static KilnTest vocabulary() {
    return KilnTest.of(() -> KilnServer.builder()
        .routes(new ParamsController_Routes(new ParamsController()),
            new BodiesController_Routes(new BodiesController()),
            new AnswersController_Routes(new AnswersController())))
        .withoutContractCheck();
  }
}
