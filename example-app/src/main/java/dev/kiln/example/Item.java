package dev.kiln.example;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An item of the benchmark contract, read from and echoed as JSON.
 *
 * @param name the item's name
 * @param price the price, greater than 0
 * @param tags up to 20 non-blank labels; an absent list reads as empty
 */
public record Item(
    @NotBlank String name,
    @Positive double price,
    @Size(max = 20) List<@NotBlank String> tags) {}
