package dev.kiln.example.petstore.db;

import dev.kiln.example.petstore.Order;
import dev.kiln.example.petstore.Pet;
import dev.kiln.example.petstore.PetStatus;
import dev.kiln.example.petstore.PetstoreRepository;
import dev.kiln.example.petstore.User;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The Petstore's repository on a {@link PetstoreDatabase}, embedded H2 or PostgreSQL: plain JDBC,
 * one transaction per method.
 *
 * <p>Concurrent writes to one pet are serialized by a row lock: {@link #updatePet} takes {@code
 * SELECT ... FOR UPDATE} on the pet before it reads it, {@link #addImage} increments in one
 * {@code UPDATE}, so no acknowledged change is lost and none waits longer than the lock time-out
 * (H2: {@value DatabaseSettings#H2_LOCK_TIMEOUT_MS} ms, then 503). Reads of several rows see one
 * snapshot.
 */
public final class JdbcPetstoreRepository implements PetstoreRepository {
  private final PetstoreDatabase database;
  private final PetTable pets;
  private final OrderTable orders;
  private final UserTable users;
  private final List<Runnable> petListeners = new CopyOnWriteArrayList<>();

  /** The repository on {@code database}. */
  public JdbcPetstoreRepository(PetstoreDatabase database) {
    this.database = database;
    this.pets = new PetTable(database.dialect());
    this.orders = new OrderTable(database.dialect());
    this.users = new UserTable(database.dialect());
  }

  @Override
  public Pet addPet(Pet pet) {
    Pet added = database.write(connection -> pets.insert(connection, pet));
    petsChanged();
    return added;
  }

  @Override
  public Optional<Pet> findPet(long id) {
    return database.read(connection -> pets.find(connection, id));
  }

  @Override
  public Optional<Pet> updatePet(long id, UnaryOperator<Pet> change) {
    Optional<Pet> updated = database.write(connection -> {
      if (!pets.lock(connection, id)) {
        return Optional.empty();
      }
      Pet changed = change.apply(pets.find(connection, id).orElseThrow()).withId(id);
      pets.replace(connection, changed);
      return Optional.of(changed);
    });
    if (updated.isPresent()) {
      petsChanged();
    }
    return updated;
  }

  @Override
  public boolean deletePet(long id) {
    boolean deleted = database.write(connection -> pets.delete(connection, id));
    if (deleted) {
      petsChanged();
    }
    return deleted;
  }

  @Override
  public void onPetsChanged(Runnable listener) {
    petListeners.add(listener);
  }

  private void petsChanged() {
    for (Runnable listener : petListeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        System.getLogger("dev.kiln.example").log(System.Logger.Level.WARNING,
            "A pet-change listener failed", e);
      }
    }
  }

  @Override
  public List<Pet> findPetsByStatus(PetStatus status) {
    return database.read(connection -> pets.select(connection, PetTable.BY_STATUS,
        statement -> statement.setString(1, status.name())));
  }

  @Override
  public List<Pet> findPetsByTags(List<String> tags) {
    return database.read(connection -> pets.select(connection, PetTable.BY_TAG_NAMES,
        statement -> statement.setArray(1,
            connection.createArrayOf("VARCHAR", tags.toArray(new String[0])))));
  }

  @Override
  public List<Pet> findPetsByName(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    return database.read(connection -> pets.select(connection, PetTable.BY_NAME_PART,
        statement -> statement.setString(1, lower)));
  }

  @Override
  public Map<PetStatus, Integer> countPetsByStatus() {
    return database.read(pets::countByStatus);
  }

  @Override
  public OptionalInt addImage(long id) {
    return database.write(connection -> pets.addImage(connection, id));
  }

  @Override
  public Order placeOrder(Order order) {
    return database.write(connection -> orders.insert(connection, order));
  }

  @Override
  public Optional<Order> findOrder(long id) {
    return database.read(connection -> orders.find(connection, id));
  }

  @Override
  public boolean deleteOrder(long id) {
    return database.write(connection -> orders.delete(connection, id));
  }

  @Override
  public void createUsers(List<User> newUsers) {
    database.write(connection -> {
      users.insert(connection, newUsers);
      return null;
    });
  }

  @Override
  public Optional<User> findUser(String username) {
    return database.read(connection -> users.find(connection, username));
  }

  @Override
  public boolean replaceUser(User user) {
    return database.write(connection -> users.replace(connection, user));
  }

  @Override
  public boolean deleteUser(String username) {
    return database.write(connection -> users.delete(connection, username));
  }
}
