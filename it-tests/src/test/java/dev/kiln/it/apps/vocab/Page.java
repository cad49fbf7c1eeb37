package dev.kiln.it.apps.vocab;

import java.util.List;

/** A generic record, used as {@code Page<Item>}. */
public record Page<T>(List<T> items, int total) {}
