package com.example.quickstart;

/**
 * A greeting, answered as JSON.
 *
 * @param message the text of the greeting
 */
public record Greeting(String message) {}
