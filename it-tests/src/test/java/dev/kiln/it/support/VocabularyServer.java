package dev.kiln.it.support;

import dev.kiln.it.apps.vocab.AnswersController;
import dev.kiln.it.apps.vocab.AnswersController_Routes;
import dev.kiln.it.apps.vocab.BodiesController;
import dev.kiln.it.apps.vocab.BodiesController_Routes;
import dev.kiln.it.apps.vocab.ParamsController;
import dev.kiln.it.apps.vocab.ParamsController_Routes;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension serving the test-only vocabulary controllers ({@code /params}, {@code
 * /bodies}, {@code /answers}) on a free port for the test class. Register it as a {@code static}
 * field with {@code @RegisterExtension}.
 */
public final class VocabularyServer implements BeforeAllCallback, AfterAllCallback {
  private KilnServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = KilnServer.builder().port(0)
        .routes(new ParamsController_Routes(new ParamsController()),
            new BodiesController_Routes(new BodiesController()),
            new AnswersController_Routes(new AnswersController()))
        .start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop(Duration.ofSeconds(5));
  }

  /** A client of the running server. */
  public Http http() {
    return Http.of(server);
  }
}
