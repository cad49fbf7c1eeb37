package com.example.quickstart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /greetings}.
 *
 * @param name who to greet: not blank, at most 40 characters
 */
public record NewGreeting(@NotBlank @Size(max = 40) String name) {}
