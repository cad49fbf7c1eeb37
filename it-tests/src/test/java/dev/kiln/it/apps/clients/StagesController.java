package dev.kiln.it.apps.clients;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Timeout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * {@code CompletionStage} handlers: one whose stage fails, one that throws, one whose stage never
 * completes within its {@code @Timeout} (the test reads {@link #pending} to see it cancelled).
 */
@Path("/stages")
public final class StagesController {
  /** The stage the last {@code /stages/never} call returned. */
  public final CompletableFuture<CompletableFuture<String>> pending = new CompletableFuture<>();

  /** A stage failed with {@link IllegalStateException}. */
  @Get("/failed")
  public CompletionStage<String> failed() {
    return CompletableFuture.failedFuture(new IllegalStateException("failed stage"));
  }

  /** Throws {@link IllegalStateException} before any stage. */
  @Get("/thrown")
  public CompletionStage<String> thrown() {
    throw new IllegalStateException("thrown");
  }

  /** A stage that never completes; the route gives up after 200 ms. */
  @Get("/never")
  @Timeout(value = 200, unit = TimeUnit.MILLISECONDS)
  public CompletionStage<String> never() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    pending.complete(stage);
    return stage;
  }
}
