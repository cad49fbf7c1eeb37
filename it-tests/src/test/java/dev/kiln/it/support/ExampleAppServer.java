package dev.kiln.it.support;

import dev.kiln.example.ExampleApp;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that starts the example app on a free port of 127.0.0.1 before the test
 * class and stops it after. Register it as a {@code static} field with {@code
 * @RegisterExtension}.
 */
public final class ExampleAppServer implements BeforeAllCallback, AfterAllCallback {
  private KilnServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = ExampleApp.start("127.0.0.1", 0);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop(Duration.ofSeconds(5));
  }

  /** A client of the running app. */
  public Http http() {
    return Http.of(server);
  }
}
