package dev.kiln.example.petstore;

import java.util.Optional;

/**
 * A pet's category, e.g. dogs.
 *
 * @param id the category's id
 * @param name its name, e.g. {@code Dogs}
 */
public record Category(Optional<Long> id, Optional<String> name) {}
