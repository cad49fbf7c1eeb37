package dev.kiln.it.apps.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Nested records (with and without {@code @Valid}) and constrained list elements. */
public record Person(
    @NotBlank @Size(max = 10, message = "at most {max} characters") String name,
    @Min(0) @Max(150) int age,
    @NotNull Address home,
    @Valid List<Address> previous,
    @Size(max = 3) List<@NotBlank @Size(max = 5) String> tags) {}
