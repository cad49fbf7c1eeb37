package dev.kiln.client;

import java.time.Duration;

/**
 * A call did not get its answer within the request timeout ({@link
 * ClientConfig.Builder#requestTimeout}) or could not connect within the connect timeout. The
 * request was abandoned. Served by a Kiln app, it answers {@code 504 Gateway Timeout} when {@link
 * ClientProblems} is registered.
 */
public class CallTimeoutException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final transient Duration timeout;

  /** The call {@code operation} timed out after {@code timeout}. */
  public CallTimeoutException(String operation, Duration timeout, Throwable cause) {
    super(operation, "no answer within " + timeout.toMillis() + " ms", cause);
    this.timeout = timeout;
  }

  /** The request timeout that passed. */
  public Duration timeout() {
    return timeout;
  }
}
