package dev.kiln.example.notes;

import java.util.List;
import java.util.Optional;

/**
 * A partial update (JSON merge-style): absent properties keep their value.
 *
 * @param title a new title
 * @param color a new colour
 * @param tags new labels
 */
public record NotePatch(Optional<String> title, Optional<Color> color,
    Optional<List<String>> tags) {}
