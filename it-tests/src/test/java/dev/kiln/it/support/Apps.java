package dev.kiln.it.support;

import dev.kiln.it.apps.vocab.AnswersController;
import dev.kiln.it.apps.vocab.AnswersController_Routes;
import dev.kiln.it.apps.vocab.BodiesController;
import dev.kiln.it.apps.vocab.BodiesController_Routes;
import dev.kiln.it.apps.vocab.ParamsController;
import dev.kiln.it.apps.vocab.ParamsController_Routes;
import dev.kiln.example.WebSettings;
import dev.kiln.runtime.KilnServer;
import dev.kiln.test.KilnTest;

/**
 * The apps the ITs run with kiln-test's {@link KilnTest}. Register one with {@code
 * @RegisterExtension}: on a {@code static} field it runs once for the test class, on an instance
 * field afresh for each test (so that in-memory stores start empty).
 */
public final class Apps {
  private Apps() {}

  /**
   * The example app on a new, empty database ({@link TestApp}: in-memory H2, or a fresh
   * PostgreSQL schema with {@code KILN_TEST_DB_URL}); every answer is checked against its OpenAPI
   * document. In a {@link Providers.EachProvider} class it runs on each provider in turn, else
   * on the JDK's server.
   */
  public static KilnTest exampleApp() {
    return KilnTest.start(context ->
        TestApp.start(TestDatabases.create(), Providers.named(Providers.current(context))));
  }

  /**
   * The example app on a new, empty database ({@link TestApp#builder()}); every answer is checked
   * against its OpenAPI document. In a {@link Providers.EachProviderAndInProcess} class it runs on
   * each provider in turn, then in process; else on the JDK's server.
   */
  public static KilnTest exampleAppEachWay() {
    return KilnTest.ofBuilder(context -> {
      String provider = Providers.current(context);
      return provider.equals(Providers.IN_PROCESS)
          ? TestApp.builder() : TestApp.builder().provider(Providers.named(provider));
    });
  }

  /**
   * The example app as {@link #exampleApp()}, with the filters {@code web} turns on (the access
   * log and request ids are off in the other tests).
   */
  public static KilnTest exampleApp(WebSettings web) {
    return KilnTest.start(() -> TestApp.start(web));
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
