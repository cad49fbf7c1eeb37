package dev.kiln.example.petstore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Where the Petstore keeps its pets, orders and users: {@link
 * dev.kiln.example.petstore.db.JdbcPetstoreRepository} on embedded H2 or PostgreSQL.
 *
 * <p>Every method is one transaction: it either happens whole or not at all. Writes to the same
 * pet are serialized (each locks the pet's row first), so a change made from the stored pet never
 * loses another acknowledged change. Every method may throw {@link DatabaseUnavailableException}
 * (the database cannot be reached or is busy) and {@link UnstorableValueException} (a value the
 * database cannot hold); creates throw {@link DuplicateKeyException} instead of replacing.
 */
public interface PetstoreRepository {

  /**
   * Stores a new pet under its id, or under the next free id (counting from 1) if it has none;
   * returns what was stored.
   *
   * @throws DuplicateKeyException if a pet with its id exists
   */
  Pet addPet(Pet pet);

  /** The pet {@code id}, if there is one. */
  Optional<Pet> findPet(long id);

  /**
   * Replaces the pet {@code id} with {@code change} applied to it while its row is locked;
   * returns the new pet (its id is always {@code id}), or empty if there is none.
   */
  Optional<Pet> updatePet(long id, UnaryOperator<Pet> change);

  /** Removes the pet {@code id} with its images; false if there was none. */
  boolean deletePet(long id);

  /** The pets with {@code status}, in id order. */
  List<Pet> findPetsByStatus(PetStatus status);

  /** The pets with a tag named one of {@code tags}, in id order. */
  List<Pet> findPetsByTags(List<String> tags);

  /**
   * The pets whose name contains {@code part} (case-insensitive; every pet for an empty {@code
   * part}), in id order.
   */
  List<Pet> findPetsByName(String part);

  /**
   * Runs {@code listener} after each committed change of the pets (added, replaced, removed), in
   * the changing thread; a listener's exception does not undo the change.
   */
  void onPetsChanged(Runnable listener);

  /** How many pets have each status that some pet has. */
  Map<PetStatus, Integer> countPetsByStatus();

  /** Counts one more image for the pet {@code id}; how many it has, or empty if there is none. */
  OptionalInt addImage(long id);

  /**
   * Stores a new order under its id, or under the next free id (counting from 1) if it has none;
   * returns what was stored.
   *
   * @throws DuplicateKeyException if an order with its id exists
   */
  Order placeOrder(Order order);

  /** The order {@code id}, if there is one. */
  Optional<Order> findOrder(long id);

  /** Removes the order {@code id}; false if there was none. */
  boolean deleteOrder(long id);

  /**
   * Stores new users, each under its {@code username} (present in every one): all of them or,
   * when one fails, none.
   *
   * @throws DuplicateKeyException if a user with one of the names exists, or the list names one
   *     twice
   */
  void createUsers(List<User> users);

  /** The user {@code username}, if there is one. */
  Optional<User> findUser(String username);

  /** Replaces the user named by {@code user.username()}; false if there is none. */
  boolean replaceUser(User user);

  /** Removes the user {@code username}; false if there was none. */
  boolean deleteUser(String username);
}
