package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.BackgroundTasks;
import dev.kiln.runtime.filter.RequestId;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the {@link BackgroundTasks} of answers (a handler's {@code BackgroundTasks} parameter,
 * {@code Response.Builder.background}) once the exchange is closed, on the server's executor, and
 * counts the pending ones for a graceful stop. A failing task is logged with the request id (the
 * {@link RequestId} filter's, else a new one) and never reaches the client.
 */
final class BackgroundRunner {
  private final AtomicInteger pending = new AtomicInteger();
  private volatile Executor executor;

  /** From now on tasks run on {@code taskExecutor} (the server's). */
  void start(Executor taskExecutor) {
    this.executor = taskExecutor;
  }

  /** Tasks submitted and not yet finished. */
  int pending() {
    return pending.get();
  }

  /** Runs the tasks of {@code exchange}'s request (after its answer was sent), if any. */
  void runAfter(JdkExchange exchange) {
    List<Runnable> tasks = exchange.backgroundTasks().take();
    if (tasks.isEmpty()) {
      return;
    }
    HttpExchange http = exchange.http();
    String given = RequestId.of(http);
    String requestId = given == null ? UUID.randomUUID().toString() : given;
    String request = requestId + " " + http.getRequestMethod() + " "
        + http.getRequestURI().getRawPath();
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
      KilnLog.get().log(Level.WARNING, tasks.size() + " background tasks of request " + request
          + " not run: the server has stopped");
    }
  }

  private void run(List<Runnable> tasks, String request) {
    try {
      for (Runnable task : tasks) {
        try {
          task.run();
        } catch (Throwable e) {
          KilnLog.get().log(Level.ERROR, "Request " + request
              + ": a background task failed (the answer was already sent)", e);
        }
      }
    } finally {
      pending.decrementAndGet();
    }
  }
}
