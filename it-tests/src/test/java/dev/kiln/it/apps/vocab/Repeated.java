package dev.kiln.it.apps.vocab;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The repeated query parameters a handler received. */
public record Repeated(List<Integer> n, Set<Level> level, List<UUID> id, List<LocalDate> d) {}
