package dev.kiln.it.apps.clients;

import dev.kiln.example.NewTodo;
import dev.kiln.example.Priority;
import dev.kiln.example.Todo;
import dev.kiln.example.TodosApi;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An upstream of the to-do board serving {@link TodosApi}: its list counts the latch down, then
 * waits (at most 30 seconds) until the latch opens, and answers one to-do titled {@code title}.
 * Its other operations answer 404.
 */
public final class LatchedTodos implements TodosApi {
  private final String title;
  private final CountDownLatch latch;

  public LatchedTodos(String title, CountDownLatch latch) {
    this.title = title;
    this.latch = latch;
  }

  @Override
  public List<Todo> list(Optional<Boolean> done, int limit) {
    latch.countDown();
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not every upstream was called");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return List.of(new Todo(1, title, Priority.NORMAL, 0, List.of(), false));
  }

  @Override
  public Todo get(long id) {
    throw none();
  }

  @Override
  public Todo create(NewTodo todo) {
    throw none();
  }

  @Override
  public Todo update(long id, NewTodo todo) {
    throw none();
  }

  @Override
  public void delete(long id) {
    throw none();
  }

  @Override
  public void markDone(long id) {
    throw none();
  }

  private static ProblemException none() {
    return new ProblemException(Problem.of(404, "Not here."));
  }
}
