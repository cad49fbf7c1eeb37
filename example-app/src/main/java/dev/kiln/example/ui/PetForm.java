package dev.kiln.example.ui;

import dev.kiln.example.petstore.Category;
import dev.kiln.example.petstore.Pet;
import dev.kiln.example.petstore.PetStatus;
import dev.kiln.runtime.Upload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The add-pet form of {@code /ui/pets/new} ({@code multipart/form-data}): the fields of a {@link
 * Pet} a person types, with the same constraints as the JSON API's {@code Pet} (and a length a
 * form field can show), and optionally its photo.
 *
 * @param name the pet's name
 * @param category its category's name; blank for none
 * @param status its status in the store
 * @param photo its photo (an image of at most {@link PetPhotos#MAX_SIZE} bytes); absent when the
 *     file input was left empty
 */
public record PetForm(
    @NotBlank @Size(max = 100) String name,
    Optional<@Size(max = 100) String> category,
    Optional<PetStatus> status,
    Optional<Upload> photo) {

  /** The new pet (no id yet). */
  public Pet toPet() {
    Optional<Category> chosen = category.map(String::strip).filter(c -> !c.isEmpty())
        .map(c -> new Category(Optional.empty(), Optional.of(c)));
    return new Pet(Optional.empty(), name.strip(), chosen, List.of(), List.of(), status);
  }
}
