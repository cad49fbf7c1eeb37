package dev.kiln.it.apps.clients;

import jakarta.validation.constraints.Size;
import java.util.List;

/** A JSON or form body; {@code text} has 1 to 20 characters. */
public record Note(@Size(min = 1, max = 20) String text, int stars, List<String> tags) {}
