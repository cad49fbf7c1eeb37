package dev.kiln.example;

import java.util.List;

/**
 * An item of the benchmark contract, read from and echoed as JSON.
 *
 * @param name the item's name; not blank
 * @param price the price; greater than 0
 * @param tags free-form labels; an absent list reads as empty
 */
public record Item(String name, double price, List<String> tags) {}
