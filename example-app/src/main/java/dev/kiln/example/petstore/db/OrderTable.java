package dev.kiln.example.petstore.db;

import static dev.kiln.example.petstore.db.Rows.optionalEnum;
import static dev.kiln.example.petstore.db.Rows.optionalInt;
import static dev.kiln.example.petstore.db.Rows.optionalLong;
import static dev.kiln.example.petstore.db.Rows.optionalString;

import dev.kiln.example.petstore.Order;
import dev.kiln.example.petstore.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The SQL of orders: table {@code pet_order}. The ship date is kept as ISO-8601 text, so that it
 * comes back with the offset it was given. Every method runs inside the caller's transaction.
 */
final class OrderTable {
  private final Dialect dialect;

  OrderTable(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Inserts {@code order} (status and complete filled in), under the next free id if it has none;
   * returns what was stored.
   */
  Order insert(Connection connection, Order order) throws SQLException {
    return Keys.insert(connection, dialect, "order_id_seq", order, order.id(), order::withId,
        OrderTable::insertRow, "an order");
  }


  /** The order {@code id}, if there is one. */
  Optional<Order> find(Connection connection, long id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT id, pet_id, "
        + "quantity, ship_date, status, complete FROM pet_order WHERE id = ?")) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Order(Optional.of(id), optionalLong(row, "pet_id"),
            optionalInt(row, "quantity"),
            optionalString(row, "ship_date").map(OffsetDateTime::parse),
            optionalEnum(row, "status", OrderStatus::valueOf),
            Optional.of(row.getBoolean("complete"))));
      }
    }
  }

  /** Deletes the order {@code id}; false if there was none. */
  boolean delete(Connection connection, long id) throws SQLException {
    return Rows.update(connection, "DELETE FROM pet_order WHERE id = ?",
        statement -> statement.setLong(1, id)) > 0;
  }

  private static void insertRow(Connection connection, Order order) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO pet_order "
        + "(id, pet_id, quantity, ship_date, status, complete) VALUES (?, ?, ?, ?, ?, ?)")) {
      statement.setLong(1, order.id().orElseThrow());
      Rows.setLong(statement, 2, order.petId());
      Rows.setInt(statement, 3, order.quantity());
      Rows.setString(statement, 4,
          order.shipDate().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format));
      statement.setString(5, order.status().orElseThrow().name());
      statement.setBoolean(6, order.complete().orElseThrow());
      statement.executeUpdate();
    }
  }
}
