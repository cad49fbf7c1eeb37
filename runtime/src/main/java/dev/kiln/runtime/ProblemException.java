package dev.kiln.runtime;

import java.util.Map;
import java.util.Objects;

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

  /**
   * A 401 Unauthorized answer (RFC 9110 section 15.5.2) challenging the client with {@code
   * challenge} in {@code WWW-Authenticate}, which a 401 must carry, e.g. {@code Bearer
   * realm="notes"}: for a provider (or handler) finding no valid credentials.
   */
  public static ProblemException unauthorized(String challenge, String detail) {
    Objects.requireNonNull(challenge, "challenge");
    return new ProblemException(Problem.of(401, detail), Map.of("WWW-Authenticate", challenge));
  }

  /**
   * A 403 Forbidden answer (RFC 9110 section 15.5.4): the credentials are valid but do not allow
   * the request.
   */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(403, detail));
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
