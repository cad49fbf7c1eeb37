package dev.kiln.runtime;

/**
 * Work to run after a request's answer has been sent (FastAPI's {@code BackgroundTasks}): declare
 * a handler parameter of this type and {@link #add} tasks, e.g. sending a confirmation e-mail.
 * The parameter is not part of the request (the OpenAPI document does not mention it).
 *
 * <pre>{@code
 * @Post("/orders")
 * @Status(201)
 * public Order place(Order order, BackgroundTasks tasks) {
 *   Order saved = orders.save(order);
 *   tasks.add(() -> mailer.sendConfirmation(saved));
 *   return saved;
 * }
 * }</pre>
 *
 * <p>Tasks run on the server's executor once the exchange is closed, one after another in the
 * order added (with those of {@code Response.Builder#background}). A task's exception is logged
 * ({@code System.Logger} {@code dev.kiln}, level ERROR) with the request id (the {@code RequestId}
 * filter's, else a new one), method and path; it never changes the answer and does not stop the
 * tasks after it. A graceful stop waits for pending tasks up to the shutdown timeout. One
 * instance per request; a hand-written route finds it at {@code RouteExchange.backgroundTasks()}.
 */
public interface BackgroundTasks {

  /**
   * Adds {@code task}, to run after the answer has been sent.
   *
   * @throws IllegalStateException if the answer was already sent and the tasks taken to run
   */
  void add(Runnable task);
}
