package dev.kiln.client;

/**
 * A call of a generated client failed. One of: {@link ApiException} (the server answered with a
 * status other than 2xx), {@link CallTimeoutException} (no answer in time), {@link
 * TransportException} (no usable answer: connection refused or reset, or an answer the client
 * cannot read).
 */
public abstract class ClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;

  ClientException(String operation, String message, Throwable cause) {
    super(operation + ": " + message, cause);
    this.operation = operation;
  }

  /** The call that failed: its method and URI, e.g. {@code GET http://localhost:8080/todos/7}. */
  public String operation() {
    return operation;
  }
}
