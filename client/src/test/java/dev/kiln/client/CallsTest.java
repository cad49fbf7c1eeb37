package dev.kiln.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class CallsTest {
  @Test
  void combinesTheResultsInTheOrderOfTheCalls() throws Exception {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();

    CompletableFuture<String> all = Calls.all(List.of(first, second), String::valueOf);
    second.complete("b");
    assertThat(all).isNotDone();
    first.complete("a");

    assertThat(all.get()).isEqualTo("[a, b]");
  }

  @Test
  void cancellingTheCombinedFutureCancelsEveryCall() {
    CompletableFuture<String> done = CompletableFuture.completedFuture("a");
    CompletableFuture<String> running = new CompletableFuture<>();

    Calls.all(List.of(done, running)).cancel(true);

    assertThat(running).isCancelled();
    assertThat(done).isCompletedWithValue("a");
  }

  @Test
  void theFirstFailureFailsTheWholeAndCancelsTheOthers() {
    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletableFuture<String> running = new CompletableFuture<>();
    CompletableFuture<List<String>> all = Calls.all(List.of(failing, running));

    failing.completeExceptionally(new IllegalStateException("upstream down"));

    assertThatThrownBy(all::get).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("upstream down");
    assertThat(running).isCancelled();
  }

  @Test
  void noCallsCombineToNothing() throws Exception {
    assertThat(Calls.all(List.<CompletableFuture<String>>of()).get()).isEmpty();
  }
}
