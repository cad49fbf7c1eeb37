package dev.kiln.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Combines concurrent calls of generated clients so that cancellation travels. A future derived
 * with {@code thenApply} does not cancel the future it came from, so combine with {@link
 * #all(List, Function)}: cancelling its future (e.g. by a route's {@code @Timeout}) cancels every
 * call still in flight, and the first failure cancels the others.
 *
 * <pre>{@code
 * List<CompletableFuture<List<Todo>>> calls = new ArrayList<>();
 * upstreams.forEach(upstream -> calls.add(upstream.list(Optional.empty(), 100)));
 * return Calls.all(calls, lists -> merge(lists));
 * }</pre>
 */
public final class Calls {
  private Calls() {}

  /** {@link #all(List, Function)} answering the results themselves. */
  public static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> calls) {
    return all(calls, Function.identity());
  }

  /**
   * A future of {@code combine} applied to every call's result, in the order of {@code calls}.
   * It fails with the first failure (unwrapped from {@link CompletionException}), or with what
   * {@code combine} throws; when it fails or is cancelled, every call still running is
   * cancelled ({@code cancel(true)}, which a generated client passes on to its HTTP exchange).
   */
  public static <T, R> CompletableFuture<R> all(List<CompletableFuture<T>> calls,
      Function<? super List<T>, ? extends R> combine) {
    List<CompletableFuture<T>> copy = List.copyOf(calls);
    CompletableFuture<R> result = new CompletableFuture<>();
    for (CompletableFuture<T> call : copy) {
      call.whenComplete((value, failure) -> {
        if (failure != null) {
          result.completeExceptionally(unwrap(failure));
        } else if (copy.stream().allMatch(Calls::succeeded)) {
          complete(result, copy, combine);
        }
      });
    }
    if (copy.isEmpty()) {
      complete(result, copy, combine);
    }
    result.whenComplete((value, failure) -> {
      if (failure != null) {
        copy.forEach(call -> call.cancel(true));
      }
    });
    return result;
  }

  private static <T, R> void complete(CompletableFuture<R> result,
      List<CompletableFuture<T>> calls, Function<? super List<T>, ? extends R> combine) {
    if (result.isDone()) {
      return;
    }
    List<T> values = new ArrayList<>(calls.size());
    calls.forEach(call -> values.add(call.join()));
    try {
      result.complete(combine.apply(values));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private static boolean succeeded(CompletableFuture<?> call) {
    return call.isDone() && !call.isCompletedExceptionally();
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
  }
}
