package dev.kiln.runtime.internal;

import dev.kiln.runtime.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link BackgroundTasks} of one request, kept on its exchange (not as an attribute of the
 * JDK's exchange: those live in its context, shared by every request).
 */
final class RequestTasks implements BackgroundTasks {
  private final List<Runnable> tasks = new ArrayList<>();
  private boolean taken;

  @Override
  public synchronized void add(Runnable task) {
    Objects.requireNonNull(task, "task");
    if (taken) {
      throw new IllegalStateException("The answer was already sent: add background tasks while"
          + " the handler runs");
    }
    tasks.add(task);
  }

  /** The tasks added, in order; further {@link #add}s fail. */
  synchronized List<Runnable> take() {
    taken = true;
    return List.copyOf(tasks);
  }
}
