package dev.kiln.example.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A note to create, as JSON or as an HTML form.
 *
 * @param title its title, 1 to 100 characters
 * @param color its colour
 * @param tags its labels (a repeated form field {@code tags})
 * @param due the day it is due, if any
 */
public record NewNote(
    @NotBlank @Size(max = 100) String title,
    Color color,
    List<@NotBlank String> tags,
    Optional<LocalDate> due) {}
