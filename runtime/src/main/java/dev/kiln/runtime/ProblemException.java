package dev.kiln.runtime;

import java.util.Map;

/**
 * Thrown to respond to a request with an RFC 9457 problem. Handlers may throw it too, for example
 * {@code throw new ProblemException(Problem.of(404, "No item 7."))}. Carries no stack trace: it is
 * a response, not a bug.
 */
public class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  /** An exception responding with {@code problem}. */
  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  /** An exception responding with {@code problem} and extra headers (e.g. {@code Allow}). */
  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  /** The problem to respond with. */
  public Problem problem() {
    return problem;
  }

  /** Extra response headers to send with the problem. */
  public Map<String, String> headers() {
    return headers;
  }
}
