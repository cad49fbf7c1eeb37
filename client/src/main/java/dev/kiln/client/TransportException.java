package dev.kiln.client;

/**
 * A call got no usable answer: the connection could not be opened or broke, or the answer was
 * not what the operation declares (a body that is not the declared JSON). The {@link #getCause()
 * cause} tells which. Served by a Kiln app, it answers {@code 502 Bad Gateway} when {@link
 * ClientProblems} is registered.
 */
public class TransportException extends ClientException {
  private static final long serialVersionUID = 1L;

  /** A failure of the call {@code operation}. */
  public TransportException(String operation, String message, Throwable cause) {
    super(operation, message, cause);
  }
}
