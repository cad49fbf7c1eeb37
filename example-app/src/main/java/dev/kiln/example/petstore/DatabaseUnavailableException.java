package dev.kiln.example.petstore;

/**
 * The database cannot be reached, or could not do the work in time (a lock or pool timeout); the
 * example app answers it 503 Service Unavailable. Nothing of the failed operation was stored.
 */
public final class DatabaseUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The failure, described for the client by {@code message}; {@code cause} is logged only. */
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
