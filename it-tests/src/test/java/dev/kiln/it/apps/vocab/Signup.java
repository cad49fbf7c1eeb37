package dev.kiln.it.apps.vocab;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A flat record read from an HTML form. */
public record Signup(String name, int age, Level level, List<String> hobby,
    Optional<LocalDate> born) {}
