package dev.kiln.example.petstore.db;

import static dev.kiln.example.petstore.db.Rows.optionalEnum;
import static dev.kiln.example.petstore.db.Rows.optionalLong;
import static dev.kiln.example.petstore.db.Rows.optionalString;

import dev.kiln.example.petstore.Category;
import dev.kiln.example.petstore.Pet;
import dev.kiln.example.petstore.PetStatus;
import dev.kiln.example.petstore.Tag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SQL of pets: table {@code pet}, with {@code pet_photo} and {@code pet_tag} rows in list
 * order. Every method runs inside the caller's transaction.
 */
final class PetTable {
  private static final String INSERT = "INSERT INTO pet (id, name, has_category, category_id, "
      + "category_name, status) VALUES (?, ?, ?, ?, ?, ?)";
  private static final String UPDATE = "UPDATE pet SET name = ?, has_category = ?, "
      + "category_id = ?, category_name = ?, status = ? WHERE id = ?";
  private static final String SELECT = "SELECT p.id, p.name, p.has_category, p.category_id, "
      + "p.category_name, p.status FROM pet p WHERE %s ORDER BY p.id";
  private static final String SELECT_PHOTOS = "SELECT ph.pet_id, ph.url FROM pet_photo ph "
      + "JOIN pet p ON p.id = ph.pet_id WHERE %s ORDER BY ph.pet_id, ph.list_index";
  private static final String SELECT_TAGS = "SELECT t.pet_id, t.tag_id, t.tag_name FROM pet_tag t "
      + "JOIN pet p ON p.id = t.pet_id WHERE %s ORDER BY t.pet_id, t.list_index";
  /** The conditions {@link #select} takes, on the pet {@code p}. */
  static final String BY_ID = "p.id = ?";
  static final String BY_STATUS = "p.status = ?";
  /** Takes the lower-case part of the name to look for. */
  static final String BY_NAME_PART = "POSITION(? IN LOWER(p.name)) > 0";
  static final String BY_TAG_NAMES =
      "p.id IN (SELECT bt.pet_id FROM pet_tag bt WHERE bt.tag_name = ANY (?))";

  private final Dialect dialect;

  PetTable(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Inserts {@code pet}, under the next free id if it has none; returns what was stored. */
  Pet insert(Connection connection, Pet pet) throws SQLException {
    return Keys.insert(connection, dialect, "pet_id_seq", pet, pet.id(), pet::withId,
        PetTable::insertRows, "a pet");
  }


  /** The pets matching {@code condition} (one of this class's constants), in id order. */
  List<Pet> select(Connection connection, String condition, Rows.Binder binder) throws SQLException {
    Map<Long, List<String>> photos = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(String.format(SELECT_PHOTOS, condition))) {
      binder.bind(statement);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          photos.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
        }
      }
    }
    Map<Long, List<Tag>> tags = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(String.format(SELECT_TAGS, condition))) {
      binder.bind(statement);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          tags.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(
              new Tag(optionalLong(row, "tag_id"), optionalString(row, "tag_name")));
        }
      }
    }
    Map<Long, Pet> pets = new LinkedHashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(String.format(SELECT, condition))) {
      binder.bind(statement);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          long id = row.getLong("id");
          Optional<Category> category = row.getBoolean("has_category")
              ? Optional.of(new Category(optionalLong(row, "category_id"),
                  optionalString(row, "category_name")))
              : Optional.empty();
          pets.put(id, new Pet(Optional.of(id), row.getString("name"), category,
              photos.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
              optionalEnum(row, "status", PetStatus::valueOf)));
        }
      }
    }
    return new ArrayList<>(pets.values());
  }

  /** The pet {@code id}, if there is one. */
  Optional<Pet> find(Connection connection, long id) throws SQLException {
    return select(connection, BY_ID, statement -> statement.setLong(1, id)).stream().findFirst();
  }

  /** Locks the row of the pet {@code id} until the transaction ends; false if there is none. */
  boolean lock(Connection connection, long id) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT id FROM pet WHERE id = ? FOR UPDATE")) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  /** Replaces the stored pet {@code pet.id()} (locked by the caller) with {@code pet}. */
  void replace(Connection connection, Pet pet) throws SQLException {
    long id = pet.id().orElseThrow();
    Rows.update(connection, UPDATE, statement -> {
      bindColumns(statement, pet, 1);
      statement.setLong(6, id);
    });
    for (String table : List.of("pet_photo", "pet_tag")) {
      Rows.update(connection, "DELETE FROM " + table + " WHERE pet_id = ?",
          statement -> statement.setLong(1, id));
    }
    insertChildren(connection, pet);
  }

  /** Deletes the pet {@code id} with its photos and tags; false if there was none. */
  boolean delete(Connection connection, long id) throws SQLException {
    return Rows.update(connection, "DELETE FROM pet WHERE id = ?",
        statement -> statement.setLong(1, id)) > 0;
  }

  /** Counts one more image for the pet {@code id} (locking its row); empty if there is none. */
  OptionalInt addImage(Connection connection, long id) throws SQLException {
    if (Rows.update(connection, "UPDATE pet SET images = images + 1 WHERE id = ?",
        statement -> statement.setLong(1, id)) == 0) {
      return OptionalInt.empty();
    }
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT images FROM pet WHERE id = ?")) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return OptionalInt.of(row.getInt(1));
      }
    }
  }

  /** How many pets have each status. */
  Map<PetStatus, Integer> countByStatus(Connection connection) throws SQLException {
    Map<PetStatus, Integer> counts = new EnumMap<>(PetStatus.class);
    try (PreparedStatement statement = connection.prepareStatement(
            "SELECT status, COUNT(*) FROM pet WHERE status IS NOT NULL GROUP BY status");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        counts.put(PetStatus.valueOf(row.getString(1)), row.getInt(2));
      }
    }
    return counts;
  }

  private static void insertRows(Connection connection, Pet pet) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      statement.setLong(1, pet.id().orElseThrow());
      bindColumns(statement, pet, 2);
      statement.executeUpdate();
    }
    insertChildren(connection, pet);
  }

  /** Binds name, category and status from parameter {@code first} on. */
  private static void bindColumns(PreparedStatement statement, Pet pet, int first)
      throws SQLException {
    statement.setString(first, pet.name());
    statement.setBoolean(first + 1, pet.category().isPresent());
    Rows.setLong(statement, first + 2, pet.category().flatMap(Category::id));
    Rows.setString(statement, first + 3, pet.category().flatMap(Category::name));
    Rows.setString(statement, first + 4, pet.status().map(PetStatus::name));
  }

  private static void insertChildren(Connection connection, Pet pet) throws SQLException {
    long id = pet.id().orElseThrow();
    if (!pet.photoUrls().isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(
          "INSERT INTO pet_photo (pet_id, list_index, url) VALUES (?, ?, ?)")) {
        for (int i = 0; i < pet.photoUrls().size(); i++) {
          statement.setLong(1, id);
          statement.setInt(2, i);
          statement.setString(3, pet.photoUrls().get(i));
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
    if (!pet.tags().isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(
          "INSERT INTO pet_tag (pet_id, list_index, tag_id, tag_name) VALUES (?, ?, ?, ?)")) {
        for (int i = 0; i < pet.tags().size(); i++) {
          Tag tag = pet.tags().get(i);
          statement.setLong(1, id);
          statement.setInt(2, i);
          Rows.setLong(statement, 3, tag.id());
          Rows.setString(statement, 4, tag.name());
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
  }
}
