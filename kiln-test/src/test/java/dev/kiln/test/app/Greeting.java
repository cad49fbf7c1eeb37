package dev.kiln.test.app;

/**
 * A greeting.
 *
 * @param id its number
 * @param text what it says
 */
public record Greeting(int id, String text) {}
