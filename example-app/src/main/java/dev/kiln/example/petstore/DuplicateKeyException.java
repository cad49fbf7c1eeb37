package dev.kiln.example.petstore;

/**
 * A create named an id or username that is already stored (a unique violation); the example app
 * answers it 409 Conflict. Its message is a sentence for the client.
 */
public final class DuplicateKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The conflict, described by {@code message}. */
  public DuplicateKeyException(String message) {
    super(message, null, false, false);
  }
}
