package dev.kiln.example.petstore;

import java.util.Map;

/**
 * The store's inventory after a change of its pets.
 *
 * @param sequence counts the changes seen since the app started (1 = the inventory at start)
 * @param inventory how many pets have each status that some pet has
 */
public record InventoryChange(long sequence, Map<String, Integer> inventory) {}
