package dev.kiln.it.apps.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A nested record: validated wherever it appears. */
public record Address(@NotBlank String street, @Pattern(regexp = "[0-9]{5}") String zip) {}
