package dev.kiln.it.apps.vocab;

import java.util.List;

/** A recursive type: a category with child categories. */
public record Category(String name, List<Category> children) {}
