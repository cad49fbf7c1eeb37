package dev.kiln.it.support;

import com.sun.net.httpserver.spi.HttpServerProvider;
import dev.kiln.example.ExampleApp;
import dev.kiln.example.ExampleServer;
import dev.kiln.example.WebSettings;
import dev.kiln.example.board.BoardSettings;
import dev.kiln.example.petstore.db.DatabaseSettings;
import dev.kiln.example.petstore.db.PetstoreDatabase;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The example app on a test database of its own ({@link TestDatabases}), on 127.0.0.1 and a free
 * port, started once its database is open; stopping it also drops the database.
 */
public final class TestApp implements KilnServer {
  private final ExampleServer server;
  private final TestDatabases.Database database;

  private TestApp(ExampleServer server, TestDatabases.Database database) {
    this.server = server;
    this.database = database;
  }

  /** The example app on a new, empty test database. */
  public static TestApp start() throws IOException {
    return start(TestDatabases.create());
  }

  /** The example app on {@code database}. */
  public static TestApp start(TestDatabases.Database database) throws IOException {
    return start(database, WebSettings.defaults(), null);
  }

  /** The example app on a new, empty test database, with the filters {@code web} turns on. */
  public static TestApp start(WebSettings web) throws IOException {
    return start(TestDatabases.create(), web, null);
  }

  /** The example app on {@code database} and {@code provider}'s server (null: the JDK's). */
  public static TestApp start(TestDatabases.Database database, HttpServerProvider provider)
      throws IOException {
    return start(database, WebSettings.defaults(), provider);
  }

  /** The example app on a new, empty test database, its to-do board on {@code board}. */
  public static TestApp start(BoardSettings board) throws IOException {
    return start(TestDatabases.create(), WebSettings.defaults(), null, board);
  }

  private static TestApp start(TestDatabases.Database database, WebSettings web,
      HttpServerProvider provider) throws IOException {
    return start(database, web, provider,
        new BoardSettings(List.of(), BoardSettings.DEFAULT_CALL_TIMEOUT));
  }

  private static TestApp start(TestDatabases.Database database, WebSettings web,
      HttpServerProvider provider, BoardSettings board) throws IOException {
    ExampleServer server =
        ExampleApp.start("127.0.0.1", 0, database.settings(), web, provider, board);
    try {
      if (!server.database().awaitOpen(Duration.ofSeconds(30))) {
        throw new IllegalStateException(
            "The Petstore database did not open: " + database.settings());
      }
    } catch (InterruptedException e) {
      server.stop(Duration.ZERO);
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      server.stop(Duration.ZERO);
      throw e;
    }
    return new TestApp(server, database);
  }

  /**
   * The example app on a new, empty test database, not started (for kiln-test's {@code
   * KilnTest.ofBuilder}, over HTTP or in process): a start-up hook waits until its database is
   * open, and a stop hook drops the database after the app closed it.
   */
  public static KilnServer.Builder builder() {
    TestDatabases.Database database = TestDatabases.create();
    PetstoreDatabase petstore = PetstoreDatabase.open(database.settings());
    return ExampleApp.builder(petstore, WebSettings.defaults(),
            new BoardSettings(List.of(), BoardSettings.DEFAULT_CALL_TIMEOUT))
        .onStart(() -> {
          if (!petstore.awaitOpen(Duration.ofSeconds(30))) {
            throw new IllegalStateException("The Petstore database did not open: "
                + database.settings());
          }
        })
        .onStop(database::drop);
  }

  /** The example app on {@code settings}, which the test owns (nothing is dropped). */
  public static TestApp start(DatabaseSettings settings) throws IOException {
    return start(new TestDatabases.Database(settings, null));
  }

  /** The app's Petstore database (its readiness flag). */
  public PetstoreDatabase database() {
    return server.database();
  }

  @Override
  public int port() {
    return server.port();
  }

  @Override
  public String host() {
    return server.host();
  }

  @Override
  public void stop(Duration timeout) {
    server.stop(timeout);
    drop();
  }

  @Override
  public void close() {
    server.close();
    drop();
  }

  private void drop() {
    try {
      database.drop();
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("Cannot drop the test schema", e));
    }
  }
}
