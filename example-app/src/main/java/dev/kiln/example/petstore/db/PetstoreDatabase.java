package dev.kiln.example.petstore.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kiln.example.petstore.DatabaseUnavailableException;
import dev.kiln.example.petstore.DuplicateKeyException;
import dev.kiln.example.petstore.UnstorableValueException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;

/**
 * The Petstore's database: a HikariCP connection pool on the configured {@link DatabaseSettings},
 * its schema brought up to date by Flyway (the migrations in {@code db/petstore} on the class
 * path), transactions, and a readiness flag.
 *
 * <p>{@link #open} returns at once and opens the pool and migrates in the background, so that the
 * app's start-up does not wait for the database; an attempt that fails (e.g. PostgreSQL not
 * up yet) is logged and retried every {@link #RETRY_INTERVAL} until one succeeds or the database
 * is closed. Until then a transaction waits for the first attempt, then fails with {@link
 * DatabaseUnavailableException}.
 *
 * <p>Every {@link #write} and {@link #read} is one transaction, committed when the work returns
 * and rolled back when it throws. Failures become the repository's exceptions: the database
 * unreachable, or a lock or pool time-out, {@link DatabaseUnavailableException} (503); a unique
 * violation the work did not turn into a {@link DuplicateKeyException} itself, one with a general
 * message (409); a value that does not fit {@link UnstorableValueException} (400); anything else an
 * {@link IllegalStateException} (a bug: 500).
 *
 * <p>{@link #isReady()} is false until the schema is migrated, and from a failure to reach the
 * database until the next transaction or {@link #check()} succeeds; a readiness endpoint reads
 * it.
 */
public final class PetstoreDatabase implements AutoCloseable {
  /** How long a request waits for a pooled connection before it is answered 503. */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
  /** How long after a failed attempt to open the database the next one starts. */
  public static final Duration RETRY_INTERVAL = Duration.ofSeconds(2);
  /** How long a transaction waits for the first attempt to open the database. */
  static final Duration FIRST_OPEN_WAIT = Duration.ofSeconds(30);

  private static final System.Logger LOG = System.getLogger(PetstoreDatabase.class.getName());

  private final DatabaseSettings settings;
  private final Dialect dialect;
  private final CompletableFuture<HikariDataSource> pool = new CompletableFuture<>();
  private final CountDownLatch firstAttempt = new CountDownLatch(1);
  private volatile boolean ready;
  private volatile boolean closed;

  /** A unit of work on one connection, inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work; its exceptions roll the transaction back. */
    T run(Connection connection) throws SQLException;
  }

  private PetstoreDatabase(DatabaseSettings settings) {
    this.settings = settings;
    this.dialect = settings.dialect();
  }

  /**
   * The database of {@code settings}, opened and migrated on a background thread (see above).
   */
  public static PetstoreDatabase open(DatabaseSettings settings) {
    PetstoreDatabase database = new PetstoreDatabase(settings);
    Thread opener = new Thread(database::openUntilDone, "petstore-database-open");
    opener.setDaemon(true);
    opener.start();
    return database;
  }

  /**
   * Waits up to {@code timeout} for the database to be open and migrated.
   *
   * @return whether it is
   */
  public boolean awaitOpen(Duration timeout) throws InterruptedException {
    try {
      pool.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  private void openUntilDone() {
    for (int attempt = 1; !closed; attempt++) {
      try {
        HikariDataSource dataSource = openAndMigrate(settings);
        synchronized (this) {
          if (closed) {
            dataSource.close();
            return;
          }
          pool.complete(dataSource);
        }
        setReady(true);
        return;
      } catch (RuntimeException e) {
        if (attempt == 1 || attempt % 30 == 0) {
          LOG.log(Level.WARNING, "Cannot open the database " + settings + " (attempt " + attempt
              + ", retrying every " + RETRY_INTERVAL.toSeconds() + " s): " + e.getMessage());
        }
      } finally {
        firstAttempt.countDown();
      }
      try {
        Thread.sleep(RETRY_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Opens a pool on {@code settings}, then migrates the schema; throws if either fails. Flyway
   * works on a connection of its own (it sets the {@code search_path} of the connection it
   * migrates on, which a pooled connection would keep), while the pool's connections keep an
   * in-memory H2 database alive.
   */
  private static HikariDataSource openAndMigrate(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("petstore");
    config.setJdbcUrl(settings.url());
    if (!settings.user().isEmpty()) {
      config.setUsername(settings.user());
    }
    if (!settings.password().isEmpty()) {
      config.setPassword(settings.password());
    }
    settings.schema().ifPresent(schema -> settings.dialect().useSchema(config, schema));
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(Math.min(2, settings.poolSize()));
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setValidationTimeout(1_000);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      var flyway = Flyway.configure()
          .dataSource(settings.url(), settings.user(), settings.password())
          .locations("classpath:db/petstore");
      settings.schema().ifPresent(schema -> flyway.schemas(schema).createSchemas(true));
      flyway.load().migrate();
      return dataSource;
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** The dialect of this database. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Whether the database answered the last transaction or {@link #check()}: false from a failure
   * to reach it until one succeeds again.
   */
  public boolean isReady() {
    return ready;
  }

  /**
   * Asks the database whether it answers (a pooled connection's validity check, at most about
   * {@link #CONNECTION_TIMEOUT}), updates {@link #isReady()} and returns it.
   */
  public boolean check() {
    HikariDataSource dataSource = pool.getNow(null);
    if (dataSource == null) {
      return false;
    }
    for (int attempt = 0; attempt < 2; attempt++) { // a second time on a fresh connection
      try (Connection connection = dataSource.getConnection()) {
        if (connection.isValid(1)) {
          setReady(true);
          return true;
        }
        dataSource.evictConnection(connection);
      } catch (SQLException e) {
        break;
      }
    }
    setReady(false);
    return false;
  }

  /** Runs {@code work} in a read-write transaction at READ COMMITTED; returns its result. */
  public <T> T write(Work<T> work) {
    return transaction(Connection.TRANSACTION_READ_COMMITTED, work);
  }

  /** Runs {@code work} in a transaction that sees one snapshot of the data; returns its result. */
  public <T> T read(Work<T> work) {
    return transaction(dialect.snapshotIsolation(), work);
  }

  private <T> T transaction(int isolation, Work<T> work) {
    HikariDataSource dataSource = dataSource();
    try (Connection connection = dataSource.getConnection()) {
      if (connection.getTransactionIsolation() != isolation) {
        connection.setTransactionIsolation(isolation);
      }
      T result;
      try {
        result = work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      }
      setReady(true);
      return result;
    } catch (SQLException e) {
      if (dialect.isUnreachable(e)) {
        // the pooled connections are likely broken too: replace them all
        dataSource.getHikariPoolMXBean().softEvictConnections();
      }
      throw translate(e);
    }
  }

  /** The pool, after waiting for the first attempt to open it; else 503. */
  private HikariDataSource dataSource() {
    HikariDataSource dataSource = pool.getNow(null);
    if (dataSource != null) {
      return dataSource;
    }
    try {
      if (firstAttempt.await(FIRST_OPEN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        dataSource = pool.getNow(null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (dataSource == null) {
      throw new DatabaseUnavailableException("The database is not available; try again later.",
          null);
    }
    return dataSource;
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** The repository's exception for {@code e}; marks the database not ready if unreachable. */
  private RuntimeException translate(SQLException e) {
    if (dialect.isUnreachable(e)) {
      setReady(false);
      return new DatabaseUnavailableException("The database is not available; try again later.", e);
    }
    if (dialect.isUniqueViolation(e)) {
      return new DuplicateKeyException("The request conflicts with a stored record.");
    }
    if (dialect.isBusy(e)) {
      return new DatabaseUnavailableException("The database is busy; try again later.", e);
    }
    if (dialect.isUnstorableValue(e)) {
      return new UnstorableValueException("A value of the request cannot be stored.", e);
    }
    return new IllegalStateException("Database error (SQLSTATE " + e.getSQLState() + ")", e);
  }

  private void setReady(boolean nowReady) {
    if (ready != nowReady) {
      ready = nowReady;
      LOG.log(nowReady ? Level.INFO : Level.WARNING,
          nowReady ? "The Petstore database is ready." : "The Petstore database is not reachable.");
    }
  }

  /** Closes the pool (and with it an in-memory database). */
  @Override
  public void close() {
    HikariDataSource dataSource;
    synchronized (this) {
      closed = true;
      ready = false;
      dataSource = pool.getNow(null);
    }
    if (dataSource != null) {
      dataSource.close();
    }
  }
}
