package dev.kiln.example;

import dev.kiln.example.petstore.db.PetstoreDatabase;
import dev.kiln.health.Health;
import dev.kiln.micrometer.PrometheusMetrics;
import dev.kiln.opentelemetry.Tracing;
import dev.kiln.runtime.KilnServer;
import java.time.Duration;

/**
 * The example app's observability:
 *
 * <ul>
 *   <li>health: {@code GET /health/live}, and {@code GET /health/ready}, ready once the server has
 *       started and while the Petstore's database answers, not ready from the moment a stop
 *       begins (see {@link KilnServer.Builder#onDrain}); the server keeps serving for {@code
 *       KILN_DRAIN_DELAY_SECONDS} (default 0) after that, before it refuses connections;
 *   <li>metrics: {@code GET /metrics} in Prometheus' text format, the outermost filter timing
 *       every request by operationId and status class ({@link PrometheusMetrics});
 *   <li>tracing: W3C {@code traceparent} taken over by the next filter ({@link Tracing#w3c()}:
 *       the OpenTelemetry API without an SDK records no span, but the caller's trace id is
 *       current in handlers and written to the access log).
 * </ul>
 */
final class ExampleObservability implements AutoCloseable {
  private final Health health;
  private final Duration drainDelay;
  private final PrometheusMetrics metrics = PrometheusMetrics.create();

  private ExampleObservability(Health health, Duration drainDelay) {
    this.health = health;
    this.drainDelay = drainDelay;
  }

  /**
   * Health with the {@code database} readiness check of {@code database}, and the drain delay of
   * {@code settings}.
   */
  static ExampleObservability create(PetstoreDatabase database, ObservabilitySettings settings) {
    return new ExampleObservability(Health.create().check("database", database::check),
        Duration.ofSeconds(settings.drainDelaySeconds()));
  }

  /**
   * Adds the health and metrics routes, the metrics and tracing filters (add them first: the
   * outermost), the drain hook, the drain delay and a stop hook releasing the metrics to {@code
   * builder}.
   */
  KilnServer.Builder apply(KilnServer.Builder builder) {
    return builder
        .filter(metrics.filter())
        .filter(Tracing.filter(Tracing.w3c()))
        .routes(health, metrics)
        .onDrain(health::markDraining)
        .drainDelay(drainDelay)
        .onStop(this::close);
  }

  /** Call once the server has started: ready from now on while the checks pass. */
  void started() {
    health.markStarted();
  }

  /** Releases the metrics' JVM listeners. */
  @Override
  public void close() {
    metrics.close();
  }
}
