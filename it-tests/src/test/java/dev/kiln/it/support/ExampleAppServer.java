package dev.kiln.it.support;

import dev.kiln.example.ExampleApp;
import dev.kiln.example.ExampleServer;
import dev.kiln.example.petstore.db.DatabaseSettings;
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
 * instance field it starts a fresh app for each test, so that its Petstore starts empty.
 *
 * <p>Each app has a database of its own ({@link TestDatabases}): a new in-memory H2 database, or,
 * when {@code KILN_TEST_DB_URL} names a PostgreSQL server, a new schema there, dropped after.
 */
public final class ExampleAppServer
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private ExampleServer server;
  private TestDatabases.Database database;
  private boolean perTest;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    if (server == null) { // an instance field: beforeAll was not called
      perTest = true;
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (perTest) {
      stop();
    }
  }

  private void start() throws IOException, InterruptedException {
    database = TestDatabases.create();
    server = start(database.settings());
  }

  /** Starts the example app on {@code settings} and waits for its database to be open. */
  public static ExampleServer start(DatabaseSettings settings)
      throws IOException, InterruptedException {
    ExampleServer started = ExampleApp.start("127.0.0.1", 0, settings);
    if (!started.database().awaitOpen(Duration.ofSeconds(30))) {
      started.stop(Duration.ZERO);
      throw new IllegalStateException("The Petstore database did not open: " + settings);
    }
    return started;
  }

  private void stop() throws Exception {
    if (server != null) {
      server.stop(Duration.ofSeconds(5));
      server = null;
      database.drop();
    }
  }

  /** The running app. */
  public ExampleServer server() {
    return server;
  }

  /** A client of the running app. */
  public Http http() {
    return Http.of(server);
  }
}
