package dev.kiln.runtime.generated;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the {@code CompletionStage} of a route with {@code @Timeout}. Called by generated
 * code only.
 */
public final class Stages {
  private Stages() {}

  /**
   * The stage's result, waited for in the handler thread for at most {@code timeoutMillis}. A
   * failed stage throws its own failure (unwrapped), so it is answered like a thrown exception.
   *
   * @throws ProblemException 503 when the time is up; the stage is then cancelled ({@code
   *     cancel(true)} on its {@code CompletableFuture})
   */
  public static <T> T await(CompletionStage<T> stage, long timeoutMillis, String route)
      throws Exception {
    CompletableFuture<T> future = stage.toCompletableFuture();
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw e;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ProblemException(Problem.of(503, "The operation " + route
          + " did not finish within its time limit of " + timeoutMillis + " ms."));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }
}
