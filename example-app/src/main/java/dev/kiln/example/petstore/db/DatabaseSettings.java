package dev.kiln.example.petstore.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Which database the Petstore uses and how to reach it.
 *
 * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL; its prefix chooses the {@link
 *     Dialect}
 * @param user the user name, empty for none (H2's default user)
 * @param password the password, empty for none
 * @param schema the schema to create (if absent) and use; empty for the connection's default
 *     ({@code PUBLIC} on H2, the {@code search_path} on PostgreSQL)
 * @param poolSize the most connections the pool opens, at least 1
 */
public record DatabaseSettings(String url, String user, String password, Optional<String> schema,
    int poolSize) {
  /** The H2 file used when nothing is configured, relative to the working directory. */
  public static final String DEFAULT_FILE = "kiln-data/petstore";
  /** The default {@link #poolSize()}. */
  public static final int DEFAULT_POOL_SIZE = 10;
  /** How long an H2 statement waits for a row lock, in ms (H2's own default is 1 s). */
  static final int H2_LOCK_TIMEOUT_MS = 10_000;

  /** Checks the settings. */
  public DatabaseSettings {
    Dialect.of(url); // throws for an unsupported URL
    if (poolSize < 1) {
      throw new IllegalArgumentException("The pool size must be at least 1: " + poolSize);
    }
  }

  /** An embedded H2 database kept in {@code file} (H2 adds {@code .mv.db}), created if absent. */
  public static DatabaseSettings h2File(Path file) {
    return h2("jdbc:h2:file:" + file.toAbsolutePath());
  }

  /**
   * A new, empty embedded H2 database in memory, private to this JVM and gone when its pool is
   * closed: each call names a different one.
   */
  public static DatabaseSettings inMemory() {
    return h2("jdbc:h2:mem:petstore-" + UUID.randomUUID());
  }

  /** These settings with another {@link #poolSize()}. */
  public DatabaseSettings withPoolSize(int newPoolSize) {
    return new DatabaseSettings(url, user, password, schema, newPoolSize);
  }

  /** These settings using {@code newSchema} (created if absent). */
  public DatabaseSettings withSchema(String newSchema) {
    return new DatabaseSettings(url, user, password, Optional.of(newSchema), poolSize);
  }

  /** The dialect of {@link #url()}. */
  public Dialect dialect() {
    return Dialect.of(url);
  }

  private static DatabaseSettings h2(String url) {
    return new DatabaseSettings(url + ";LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MS, "", "",
        Optional.empty(), DEFAULT_POOL_SIZE);
  }

  /** The URL and user, never the password. */
  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + ", schema=" + schema.orElse("")
        + ", poolSize=" + poolSize + "]";
  }
}
