package dev.kiln.example.petstore;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;

/**
 * A pet in the store.
 *
 * @param id the pet's id; given by the store when a new pet has none
 * @param name its name, e.g. {@code doggie}
 * @param category its category
 * @param photoUrls where its photos are
 * @param tags its labels
 * @param status pet status in the store
 */
public record Pet(
    Optional<Long> id,
    @NotBlank String name,
    Optional<Category> category,
    List<String> photoUrls,
    List<Tag> tags,
    Optional<PetStatus> status) {

  /** This pet with the id {@code newId}. */
  public Pet withId(long newId) {
    return new Pet(Optional.of(newId), name, category, photoUrls, tags, status);
  }
}
