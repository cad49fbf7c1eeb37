package dev.kiln.example;

import dev.kiln.example.petstore.db.PetstoreDatabase;
import dev.kiln.health.Health;
import dev.kiln.runtime.KilnServer;

/**
 * The example app's health endpoints: {@code GET /health/live}, and {@code GET /health/ready},
 * ready once the server has started and while the Petstore's database answers, not ready from
 * the moment a stop begins (see {@link KilnServer.Builder#onDrain}).
 */
final class ExampleObservability {
  private final Health health;

  private ExampleObservability(Health health) {
    this.health = health;
  }

  /** Health with the {@code database} readiness check of {@code database}. */
  static ExampleObservability create(PetstoreDatabase database) {
    return new ExampleObservability(Health.create().check("database", database::check));
  }

  /** Adds the routes and the drain hook to {@code builder}. */
  KilnServer.Builder apply(KilnServer.Builder builder) {
    return builder.routes(health).onDrain(health::markDraining);
  }

  /** Call once the server has started: ready from now on while the checks pass. */
  void started() {
    health.markStarted();
  }
}
