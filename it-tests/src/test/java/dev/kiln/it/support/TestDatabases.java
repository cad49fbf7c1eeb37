package dev.kiln.it.support;

import dev.kiln.example.petstore.db.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A database for one test app: a new in-memory H2 database by default; with {@code
 * KILN_TEST_DB_URL} (a {@code jdbc:postgresql:} URL, with {@code KILN_TEST_DB_USER} and {@code
 * KILN_TEST_DB_PASSWORD}; {@code scripts/postgres-test.sh} sets them) a new schema on that server,
 * dropped by {@link Database#drop()}.
 */
public final class TestDatabases {
  private static final String URL = System.getenv("KILN_TEST_DB_URL");

  private TestDatabases() {}

  /** Whether the tests run on PostgreSQL ({@code KILN_TEST_DB_URL} is set). */
  public static boolean postgres() {
    return URL != null && !URL.isBlank();
  }

  /** A new, empty database. */
  public static Database create() {
    if (!postgres()) {
      return new Database(DatabaseSettings.inMemory(), null);
    }
    String schema = "kiln_test_" + UUID.randomUUID().toString().replace("-", "")
        .substring(0, 12).toLowerCase(Locale.ROOT);
    return new Database(new DatabaseSettings(URL, env("KILN_TEST_DB_USER"),
        env("KILN_TEST_DB_PASSWORD"), Optional.of(schema),
        DatabaseSettings.DEFAULT_POOL_SIZE), schema);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value;
  }

  /** A test database: its settings, and the PostgreSQL schema to drop after (or null). */
  public record Database(DatabaseSettings settings, String schema) {
    /** Drops the PostgreSQL schema (an in-memory H2 database is gone with its pool). */
    public void drop() throws SQLException {
      if (schema == null) {
        return;
      }
      try (Connection connection =
              DriverManager.getConnection(settings.url(), settings.user(), settings.password());
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
