package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the background tasks of answers ({@code Response.Builder.background}) once the exchange
 * is closed, on the server's executor, and counts the pending ones for a graceful stop. A
 * failing task is logged with a new request id and never reaches the client.
 */
final class BackgroundTasks {
  private static final String ATTRIBUTE = "dev.kiln.backgroundTasks";

  private final AtomicInteger pending = new AtomicInteger();
  private volatile Executor executor;

  /** Records {@code tasks} for the answer of {@code http}; run after it is sent. */
  static void add(HttpExchange http, List<Runnable> tasks) {
    if (tasks.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Runnable> recorded = (List<Runnable>) http.getAttribute(ATTRIBUTE);
    if (recorded == null) {
      recorded = new ArrayList<>(tasks.size());
      http.setAttribute(ATTRIBUTE, recorded);
    }
    recorded.addAll(tasks);
  }

  /** From now on tasks run on {@code taskExecutor} (the server's). */
  void start(Executor taskExecutor) {
    this.executor = taskExecutor;
  }

  /** Tasks submitted and not yet finished. */
  int pending() {
    return pending.get();
  }

  /** Runs the tasks recorded on {@code http} (after its answer was sent), if any. */
  void runAfter(HttpExchange http) {
    @SuppressWarnings("unchecked")
    List<Runnable> tasks = (List<Runnable>) http.getAttribute(ATTRIBUTE);
    if (tasks == null || tasks.isEmpty()) {
      return;
    }
    String request = http.getRequestMethod() + " " + http.getRequestURI().getRawPath();
    Executor target = executor;
    pending.incrementAndGet();
    try {
      if (target == null) {
        run(tasks, request);
      } else {
        target.execute(() -> run(tasks, request));
      }
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet();
      KilnLog.get().log(Level.WARNING, tasks.size() + " background tasks of " + request
          + " not run: the server has stopped");
    }
  }

  private void run(List<Runnable> tasks, String request) {
    try {
      for (Runnable task : tasks) {
        try {
          task.run();
        } catch (Throwable e) {
          String requestId = UUID.randomUUID().toString();
          KilnLog.get().log(Level.ERROR, "Request " + requestId + " " + request
              + ": a background task failed (the answer was already sent)", e);
        }
      }
    } finally {
      pending.decrementAndGet();
    }
  }
}
