package dev.kiln.example.petstore.db;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * What differs between the two databases the Petstore runs on: how to take a sequence's next
 * value, which isolation level reads a consistent snapshot, and how each reports failures. The
 * schema and every other statement are the same.
 */
public enum Dialect {
  /** Embedded H2 2.x (file or in memory), or an H2 server. */
  H2("SELECT NEXT VALUE FOR %s", Connection.TRANSACTION_SERIALIZABLE,
      // 90067 connection broken, 90098 database closed, 90121 database called at shutdown
      Set.of("90067", "90098", "90121"),
      // HYT00 lock or statement timeout
      Set.of("HYT00")),
  /** PostgreSQL (12 or newer). */
  POSTGRESQL("SELECT nextval('%s')", Connection.TRANSACTION_REPEATABLE_READ,
      // 57P01-57P03 admin shutdown, crash shutdown, cannot connect now
      Set.of("57P01", "57P02", "57P03"),
      // 55P03 lock not available, 57014 statement timeout, 40001 serialization, 40P01 deadlock
      Set.of("55P03", "57014", "40001", "40P01"));

  private final String nextValue;
  private final int snapshotIsolation;
  private final Set<String> unreachableStates;
  private final Set<String> busyStates;

  Dialect(String nextValue, int snapshotIsolation, Set<String> unreachableStates,
      Set<String> busyStates) {
    this.nextValue = nextValue;
    this.snapshotIsolation = snapshotIsolation;
    this.unreachableStates = unreachableStates;
    this.busyStates = busyStates;
  }

  /**
   * The dialect of a JDBC URL.
   *
   * @throws IllegalArgumentException if it is neither {@code jdbc:h2:} nor {@code
   *     jdbc:postgresql:}
   */
  public static Dialect of(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "The database URL must start with jdbc:postgresql: or jdbc:h2:, not: " + url);
  }

  /** The next value of {@code sequence}. */
  long nextValue(Connection connection, String sequence) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(String.format(nextValue, sequence));
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Makes the pool's connections use {@code schema}. On PostgreSQL a connection property (the
   * driver's {@code currentSchema}): {@code Connection.setSchema} there is a {@code SET} that a
   * rolled-back first transaction would undo.
   */
  void useSchema(HikariConfig config, String schema) {
    if (this == POSTGRESQL) {
      config.addDataSourceProperty("currentSchema", schema);
    } else {
      config.setSchema(schema);
    }
  }

  /**
   * The isolation level at which a read-only transaction sees one snapshot (H2's REPEATABLE READ
   * still lets new rows appear; PostgreSQL's is a snapshot).
   */
  int snapshotIsolation() {
    return snapshotIsolation;
  }

  /** Whether {@code e} is a unique or primary key violation (SQLSTATE 23505 on both). */
  boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** Whether {@code e} says a value does not fit its column (SQLSTATE class 22, data exception). */
  boolean isUnstorableValue(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("22");
  }

  /**
   * Whether {@code e}, or one of its causes, says the database cannot be reached: a connection
   * failure (SQLSTATE class 08, the pool's time-out) or a server shutting down.
   */
  boolean isUnreachable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || unreachableStates.contains(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is a lock time-out, deadlock or serialization failure: worth a retry. */
  boolean isBusy(SQLException e) {
    return busyStates.contains(e.getSQLState());
  }
}
