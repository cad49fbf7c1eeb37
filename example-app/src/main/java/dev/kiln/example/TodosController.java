package dev.kiln.example;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small in-memory to-do list: the CRUD routes of the example app. Thread-safe; each instance
 * has its own store, with ids from 1. It serves the routes {@link TodosApi} declares (the
 * annotations are there), so {@code TodosApi_Client} calls exactly these.
 */
public final class TodosController implements TodosApi {
  private final ConcurrentMap<Long, Todo> store = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong();

  /**
   * Lists the to-dos in id order, at most {@code limit} of them, only those whose done flag equals
   * {@code done} when it is given.
   */
  @Override
  public List<Todo> list(Optional<Boolean> done, int limit) {
    List<Todo> all = new ArrayList<>(store.values());
    all.sort(Comparator.comparingLong(Todo::id));
    List<Todo> answer = new ArrayList<>();
    for (Todo todo : all) {
      if (answer.size() >= limit) {
        break;
      }
      if (done.isEmpty() || done.get() == todo.done()) {
        answer.add(todo);
      }
    }
    return answer;
  }

  /** The to-do {@code id}; 404 if there is none. */
  @Override
  public Todo get(long id) {
    Todo todo = store.get(id);
    if (todo == null) {
      throw notFound(id);
    }
    return todo;
  }

  /** Stores a new, not yet done to-do and answers it with 201 Created. */
  @Override
  public Todo create(NewTodo todo) {
    long id = nextId.incrementAndGet();
    Todo created = new Todo(id, todo.title(), todo.priority(), todo.points(),
        List.copyOf(todo.tags()), false);
    store.put(id, created);
    return created;
  }

  /** Replaces the client's fields of the to-do {@code id} (keeping done); 404 if there is none. */
  @Override
  public Todo update(long id, NewTodo todo) {
    Todo updated = store.computeIfPresent(id, (key, old) -> old.updatedWith(todo));
    if (updated == null) {
      throw notFound(id);
    }
    return updated;
  }

  /** Deletes the to-do {@code id}, answering 204; 404 if there is none. */
  @Override
  public void delete(long id) {
    if (store.remove(id) == null) {
      throw notFound(id);
    }
  }

  /** Marks the to-do {@code id} done, answering 200 with no content; 404 if there is none. */
  @Override
  public void markDone(long id) {
    if (store.computeIfPresent(id, (key, old) -> old.markedDone()) == null) {
      throw notFound(id);
    }
  }

  private static ProblemException notFound(long id) {
    return new ProblemException(Problem.of(404, "No to-do " + id + "."));
  }
}
