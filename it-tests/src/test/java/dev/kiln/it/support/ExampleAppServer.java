package dev.kiln.it.support;

import dev.kiln.example.ExampleApp;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that runs the example app on a free port of 127.0.0.1, on the provider of
 * the current {@link Providers.EachProvider} invocation (the JDK's outside one). Registered with
 * {@code @RegisterExtension} on a {@code static} field it starts once for the test class; on an
 * instance field it starts a fresh app for each test, so that its in-memory stores start empty.
 */
public final class ExampleAppServer implements BeforeAllCallback, AfterAllCallback,
    BeforeClassTemplateInvocationCallback, AfterClassTemplateInvocationCallback,
    BeforeEachCallback, AfterEachCallback {
  private KilnServer server;
  private boolean perTest;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (!context.getRequiredTestClass().isAnnotationPresent(Providers.EachProvider.class)) {
      server = ExampleApp.start("127.0.0.1", 0, null);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeClassTemplateInvocation(ExtensionContext context) throws IOException {
    server = ExampleApp.start("127.0.0.1", 0, Providers.named(Providers.current(context)));
  }

  @Override
  public void afterClassTemplateInvocation(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (server == null) { // an instance field: beforeAll and the invocation callbacks were not called
      perTest = true;
      server = ExampleApp.start("127.0.0.1", 0, Providers.named(Providers.current(context)));
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

  /** The running app. */
  public KilnServer server() {
    return server;
  }

  /** A client of the running app. */
  public Http http() {
    return Http.of(server);
  }
}
