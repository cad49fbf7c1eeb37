package dev.kiln.example;

import dev.kiln.example.petstore.db.PetstoreDatabase;
import dev.kiln.runtime.KilnServer;
import java.time.Duration;

/**
 * The running example app: its {@link KilnServer} and the Petstore's database, closed after the
 * server has stopped (so requests in flight can still finish their transactions).
 */
public final class ExampleServer implements KilnServer {
  private final KilnServer server;
  private final PetstoreDatabase database;

  ExampleServer(KilnServer server, PetstoreDatabase database) {
    this.server = server;
    this.database = database;
  }

  /**
   * The Petstore's database; its {@link PetstoreDatabase#isReady()} and {@link
   * PetstoreDatabase#check()} tell whether it answers (for a readiness endpoint).
   */
  public PetstoreDatabase database() {
    return database;
  }

  @Override
  public int port() {
    return server.port();
  }

  @Override
  public String host() {
    return server.host();
  }

  /** Stops the server (see {@link KilnServer#stop(Duration)}), then closes the database. */
  @Override
  public void stop(Duration timeout) {
    try {
      server.stop(timeout);
    } finally {
      database.close();
    }
  }

  /** Stops with the builder's shutdown timeout, then closes the database. */
  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
  }
}
