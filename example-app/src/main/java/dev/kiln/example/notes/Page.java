package dev.kiln.example.notes;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the results on this page
 * @param page the zero-based page number
 * @param total how many results there are in all
 * @param <T> the result type
 */
public record Page<T>(List<T> items, int page, int total) {}
