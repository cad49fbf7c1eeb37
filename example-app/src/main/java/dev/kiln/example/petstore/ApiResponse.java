package dev.kiln.example.petstore;

import java.util.Optional;

/**
 * The outcome of an upload. (Named as in the reference; in handler classes that also use the
 * {@link dev.kiln.annotations.ApiResponse} annotation, this record is written fully qualified.)
 *
 * @param code a status code
 * @param type the kind of outcome
 * @param message what happened, for a human
 */
public record ApiResponse(Optional<Integer> code, Optional<String> type,
    Optional<String> message) {}
