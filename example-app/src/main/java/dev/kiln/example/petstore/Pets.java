package dev.kiln.example.petstore;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The pets of the store, shared by {@link PetController} and {@link StoreController}: a
 * thread-safe in-memory map (whose {@code compute} applies a change once, atomically), with the
 * number of images uploaded for each pet. New pets without an id get the next free one,
 * counting from 1.
 */
public final class Pets {
  private final ConcurrentHashMap<Long, Pet> pets = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Integer> images = new ConcurrentHashMap<>();
  private final AtomicLong lastId = new AtomicLong();

  /**
   * Stores {@code pet} under its id, or under the next free id if it has none; returns what was
   * stored. A create never replaces: a 409 problem if a pet has that id (updates are {@code PUT}).
   */
  public Pet add(Pet pet) {
    if (pet.id().isPresent()) {
      long id = pet.id().get();
      if (pets.putIfAbsent(id, pet) != null) {
        throw new ProblemException(Problem.of(409, "A pet with id " + id
            + " exists; update it with PUT /pet."));
      }
      return pet;
    }
    while (true) {
      Pet stored = pet.withId(lastId.incrementAndGet());
      if (pets.putIfAbsent(stored.id().get(), stored) == null) {
        return stored;
      }
    }
  }

  /** The pet {@code id}, if there is one. */
  public Optional<Pet> find(long id) {
    return Optional.ofNullable(pets.get(id));
  }

  /** The pet {@code id}; a 404 problem if there is none. */
  public Pet get(long id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * Replaces the pet {@code id} with {@code change} applied to it, atomically; returns the new
   * pet, or a 404 problem if there is none.
   */
  public Pet update(long id, UnaryOperator<Pet> change) {
    Pet changed = pets.computeIfPresent(id, (key, pet) -> change.apply(pet));
    if (changed == null) {
      throw notFound(id);
    }
    return changed;
  }

  /** Removes the pet {@code id} and its images; a 404 problem if there is none. */
  public void delete(long id) {
    if (pets.remove(id) == null) {
      throw notFound(id);
    }
    images.remove(id);
  }

  /** Every pet, in id order. */
  public List<Pet> all() {
    List<Pet> all = new ArrayList<>(pets.values());
    all.sort(Comparator.comparing(pet -> pet.id().orElseThrow()));
    return all;
  }

  /**
   * Counts one more image for the pet {@code id} (a 404 problem if there is none); returns how
   * many it has.
   */
  public int addImage(long id) {
    int[] count = new int[1];
    update(id, pet -> {
      count[0] = images.merge(id, 1, Integer::sum);
      return pet;
    });
    return count[0];
  }

  static ProblemException notFound(long id) {
    return new ProblemException(Problem.of(404, "No pet " + id + "."));
  }
}
