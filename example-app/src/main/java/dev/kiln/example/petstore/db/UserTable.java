package dev.kiln.example.petstore.db;

import static dev.kiln.example.petstore.db.Rows.optionalInt;
import static dev.kiln.example.petstore.db.Rows.optionalLong;
import static dev.kiln.example.petstore.db.Rows.optionalString;

import dev.kiln.example.petstore.DuplicateKeyException;
import dev.kiln.example.petstore.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The SQL of users: table {@code petstore_user}, keyed by username. */
final class UserTable {
  private static final String INSERT = "INSERT INTO petstore_user (id, first_name, last_name, "
      + "email, password, phone, user_status, username) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE = "UPDATE petstore_user SET id = ?, first_name = ?, "
      + "last_name = ?, email = ?, password = ?, phone = ?, user_status = ? WHERE username = ?";

  private final Dialect dialect;

  UserTable(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Inserts each of {@code users} (each with a username) in order. */
  void insert(Connection connection, List<User> users) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      for (User user : users) {
        bind(statement, user);
        try {
          statement.executeUpdate();
        } catch (SQLException e) {
          if (dialect.isUniqueViolation(e)) {
            throw new DuplicateKeyException(
                "There is already a user " + user.username().orElseThrow() + ".");
          }
          throw e;
        }
      }
    }
  }

  /** The user {@code username}, if there is one. */
  Optional<User> find(Connection connection, String username) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT id, first_name, "
        + "last_name, email, password, phone, user_status FROM petstore_user "
        + "WHERE username = ?")) {
      statement.setString(1, username);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new User(optionalLong(row, "id"), Optional.of(username),
            optionalString(row, "first_name"), optionalString(row, "last_name"),
            optionalString(row, "email"), optionalString(row, "password"),
            optionalString(row, "phone"), optionalInt(row, "user_status")));
      }
    }
  }

  /** Replaces the user {@code user.username()}; false if there is none. */
  boolean replace(Connection connection, User user) throws SQLException {
    return Rows.update(connection, UPDATE, statement -> bind(statement, user)) > 0;
  }

  /** Deletes the user {@code username}; false if there was none. */
  boolean delete(Connection connection, String username) throws SQLException {
    return Rows.update(connection, "DELETE FROM petstore_user WHERE username = ?",
        statement -> statement.setString(1, username)) > 0;
  }

  /** Binds every column, the username last (as both statements have it). */
  private static void bind(PreparedStatement statement, User user) throws SQLException {
    Rows.setLong(statement, 1, user.id());
    Rows.setString(statement, 2, user.firstName());
    Rows.setString(statement, 3, user.lastName());
    Rows.setString(statement, 4, user.email());
    Rows.setString(statement, 5, user.password());
    Rows.setString(statement, 6, user.phone());
    Rows.setInt(statement, 7, user.userStatus());
    statement.setString(8, user.username().orElseThrow());
  }
}
