package dev.kiln.example.petstore.db;

import dev.kiln.example.petstore.DuplicateKeyException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Inserting a row under its given id or the next free one of a sequence, as the Petstore's pets
 * and orders are.
 */
final class Keys {
  private Keys() {}

  /** Inserts a value's rows. */
  @FunctionalInterface
  interface Inserter<T> {
    void insert(Connection connection, T value) throws SQLException;
  }

  /**
   * Inserts {@code value} under its {@code id}, or, if it has none, under the next value of
   * {@code sequence} that no row has yet (ids given explicitly are skipped: a savepoint undoes the
   * clashing insert); returns what was stored.
   *
   * @param what the row in the conflict message, e.g. {@code "a pet"}
   * @throws DuplicateKeyException if {@code id} is present and taken
   */
  static <T> T insert(Connection connection, Dialect dialect, String sequence, T value,
      Optional<Long> id, LongFunction<T> withId, Inserter<T> inserter, String what)
      throws SQLException {
    if (id.isPresent()) {
      try {
        inserter.insert(connection, value);
      } catch (SQLException e) {
        if (dialect.isUniqueViolation(e)) {
          throw new DuplicateKeyException("There is already " + what + " " + id.get() + ".");
        }
        throw e;
      }
      return value;
    }
    while (true) {
      T numbered = withId.apply(dialect.nextValue(connection, sequence));
      Savepoint savepoint = connection.setSavepoint();
      try {
        inserter.insert(connection, numbered);
        connection.releaseSavepoint(savepoint);
        return numbered;
      } catch (SQLException e) {
        if (!dialect.isUniqueViolation(e)) {
          throw e;
        }
        connection.rollback(savepoint);
      }
    }
  }
}
