package dev.kiln.jte;

/** A page model for the test templates. */
public record Greeting(String name) {}
