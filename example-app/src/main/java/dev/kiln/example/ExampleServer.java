package dev.kiln.example;

import dev.kiln.example.petstore.db.PetstoreDatabase;
import dev.kiln.runtime.KilnServer;
import java.time.Duration;

/**
 * The running example app: its {@link KilnServer} and the Petstore's database, which the server's
 * shutdown hook closes after the requests in flight finished their transactions.
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

  /** Stops the server (see {@link KilnServer#stop(Duration)}); its shutdown hook closes the database. */
  @Override
  public void stop(Duration timeout) {
    server.stop(timeout);
  }

  /** Stops with the builder's shutdown timeout; its shutdown hook closes the database. */
  @Override
  public void close() {
    server.close();
  }
}
