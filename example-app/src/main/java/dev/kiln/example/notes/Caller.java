package dev.kiln.example.notes;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sends a request to the notes: the user id the {@code user} cookie holds (the example app's
 * stand-in for a login), or nobody. Provided per request by {@link NoteUsers#caller}.
 *
 * @param id the user's id, or empty for an anonymous caller
 */
public record Caller(Optional<UUID> id) {}
