package dev.kiln.client;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.Problem;

/**
 * How a Kiln server answers a failed upstream call that a handler lets escape (thrown, or as the
 * failure of its {@code CompletionStage}), as RFC 9457 problem details:
 *
 * <ul>
 *   <li>{@link CallTimeoutException}: {@code 504 Gateway Timeout};
 *   <li>{@link ApiException} and {@link TransportException}: {@code 502 Bad Gateway}.
 * </ul>
 *
 * <p>The detail names the upstream operation; the upstream's own problem is not passed on.
 * Register with {@code ClientProblems.register(KilnServer.builder())}; a handler registered
 * later for one of these types replaces it.
 */
public final class ClientProblems {
  private ClientProblems() {}

  /** Registers the three mappings on {@code builder} and returns it. */
  public static KilnServer.Builder register(KilnServer.Builder builder) {
    return builder
        .exceptionHandler(CallTimeoutException.class, (e, exchange) -> Problem.of(504,
            "The upstream call " + e.operation() + " got no answer within "
                + e.timeout().toMillis() + " ms."))
        .exceptionHandler(ApiException.class, (e, exchange) -> Problem.of(502,
            "The upstream call " + e.operation() + " was answered " + e.status() + "."))
        .exceptionHandler(TransportException.class, (e, exchange) -> Problem.of(502,
            "The upstream call " + e.operation() + " failed."));
  }
}
