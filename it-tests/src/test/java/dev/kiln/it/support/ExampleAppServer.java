package dev.kiln.it.support;

import dev.kiln.example.ExampleApp;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that runs the example app on a free port of 127.0.0.1. Registered with
 * {@code @RegisterExtension} on a {@code static} field it starts once for the test class; on an
 * instance field it starts a fresh app for each test, so that its in-memory stores start empty.
 */
public final class ExampleAppServer
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private KilnServer server;
  private boolean perTest;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = ExampleApp.start("127.0.0.1", 0);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (server == null) { // an instance field: beforeAll was not called
      perTest = true;
      server = ExampleApp.start("127.0.0.1", 0);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  private void stop() {
    if (server != null) {
      server.stop(Duration.ofSeconds(5));
      server = null;
    }
  }

  /** A client of the running app. */
  public Http http() {
    return Http.of(server);
  }
}
