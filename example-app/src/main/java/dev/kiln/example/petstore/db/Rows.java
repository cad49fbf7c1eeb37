package dev.kiln.example.petstore.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;

/** Reading and binding the optional columns of the Petstore's rows, and running updates. */
final class Rows {
  private Rows() {}

  /** Binds the parameters of a statement. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Runs the update or delete {@code sql} with parameters from {@code binder}; the row count. */
  static int update(Connection connection, String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    }
  }

  static Optional<Long> optionalLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }

  static Optional<Integer> optionalInt(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }

  static Optional<String> optionalString(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  static void setLong(PreparedStatement statement, int index, Optional<Long> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setLong(index, value.get());
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  static void setInt(PreparedStatement statement, int index, Optional<Integer> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setInt(index, value.get());
    } else {
      statement.setNull(index, Types.INTEGER);
    }
  }

  static void setString(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    statement.setString(index, value.orElse(null));
  }

  /** The enum constant named by the column ({@code valueOf}), empty for SQL NULL. */
  static <E extends Enum<E>> Optional<E> optionalEnum(ResultSet row, String column,
      Function<String, E> valueOf) throws SQLException {
    String name = row.getString(column);
    return name == null ? Optional.empty() : Optional.of(valueOf.apply(name));
  }
}
