package dev.kiln.example;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /items/{id}}: the id from the path and the {@code q} query parameter.
 *
 * @param id the item id
 * @param q the query text, or {@code null} when the request had none
 */
public record ItemRef(int id, @Nullable String q) {}
