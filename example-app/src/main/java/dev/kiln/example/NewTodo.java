package dev.kiln.example;

import java.util.List;

/**
 * The request body of {@code POST /todos} and {@code PUT /todos/{id}}: what a client says about a
 * to-do.
 *
 * @param title what to do; required
 * @param priority how urgent; required, one of {@link Priority}'s names
 * @param points the estimated effort; required, an {@code int}
 * @param tags free-form labels; an absent list reads as empty
 */
public record NewTodo(String title, Priority priority, int points, List<String> tags) {}
