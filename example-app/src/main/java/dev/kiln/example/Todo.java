package dev.kiln.example;

import java.util.List;

/**
 * A stored to-do, as {@code /todos} answers it.
 *
 * @param id the id the store gave it, from 1
 * @param title what to do
 * @param priority how urgent
 * @param points the estimated effort
 * @param tags free-form labels
 * @param done whether it is done
 */
public record Todo(
    long id, String title, Priority priority, int points, List<String> tags, boolean done) {

  /** This to-do with the client's fields replaced by {@code update}'s; keeps id and done. */
  Todo updatedWith(NewTodo update) {
    return new Todo(id, update.title(), update.priority(), update.points(),
        List.copyOf(update.tags()), done);
  }

  /** This to-do, done. */
  Todo markedDone() {
    return new Todo(id, title, priority, points, tags, true);
  }
}
