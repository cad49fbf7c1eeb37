package dev.kiln.example.petstore;

/**
 * A value the database cannot hold (e.g. a text longer than a column allows, or a NUL character
 * on PostgreSQL); the example app answers it 400 Bad Request. Nothing was stored.
 */
public final class UnstorableValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The failure, described for the client by {@code message}; {@code cause} is logged only. */
  public UnstorableValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
