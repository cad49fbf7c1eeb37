package dev.kiln.example.petstore;

import java.util.Optional;

/**
 * A label on a pet.
 *
 * @param id the tag's id
 * @param name its name, what {@code /pet/findByTags} looks for
 */
public record Tag(Optional<Long> id, Optional<String> name) {}
