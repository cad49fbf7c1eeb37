package dev.kiln.example.ui;

import dev.kiln.example.petstore.Category;
import dev.kiln.example.petstore.Pet;
import dev.kiln.example.petstore.PetStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The add-pet form of {@code /ui/pets/new}: the fields of a {@link Pet} a person types, with the
 * same constraints as the JSON API's {@code Pet} (and a length a form field can show).
 *
 * @param name the pet's name
 * @param category its category's name; blank for none
 * @param status its status in the store
 */
public record PetForm(
    @NotBlank @Size(max = 100) String name,
    Optional<@Size(max = 100) String> category,
    Optional<PetStatus> status) {

  /** The new pet (no id yet). */
  public Pet toPet() {
    Optional<Category> chosen = category.map(String::strip).filter(c -> !c.isEmpty())
        .map(c -> new Category(Optional.empty(), Optional.of(c)));
    return new Pet(Optional.empty(), name.strip(), chosen, List.of(), List.of(), status);
  }
}
