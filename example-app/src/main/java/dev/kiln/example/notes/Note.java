package dev.kiln.example.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored note.
 *
 * @param id the note's id
 * @param title its title
 * @param color its colour
 * @param tags its labels, in order, without duplicates
 * @param due the day it is due, or {@code null}
 * @param created when it was created (UTC)
 * @param author the id of the user who created it, or {@code null}
 */
public record Note(long id, String title, Color color, List<String> tags, @Nullable LocalDate due,
    Instant created, @Nullable UUID author) {}
