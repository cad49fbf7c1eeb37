package dev.kiln.client;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.RequestError;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * The server answered a call with a status other than 2xx (or 404 for an operation returning
 * {@code Optional}). Carries the status, the headers, the RFC 9457 problem details when the
 * answer is {@code application/problem+json} (with its {@code errors}), the raw body, and the
 * {@code @ApiResponse} the operation declares for that status, if any. Served by a Kiln app, it
 * answers {@code 502 Bad Gateway} when {@link ClientProblems} is registered.
 */
public class ApiException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient HttpHeaders headers;
  private final transient Problem problem;
  private final byte[] body;
  private final String declared;

  /**
   * An error answer to {@code operation}.
   *
   * @param problem the parsed problem details, or {@code null} when the body is not one
   * @param declared the description of the operation's {@code @ApiResponse} for {@code status},
   *     or {@code null} when it declares none
   */
  public ApiException(String operation, int status, HttpHeaders headers, Problem problem,
      byte[] body, String declared) {
    super(operation, "answered " + status + (problem == null || problem.detail() == null
        ? "" : ": " + problem.detail()), null);
    this.status = status;
    this.headers = headers;
    this.problem = problem;
    this.body = body.clone();
    this.declared = declared;
  }

  /** The answer's status, e.g. 422. */
  public int status() {
    return status;
  }

  /** The answer's headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of the answer's header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The RFC 9457 problem details of the answer, if its body is {@code application/problem+json}. */
  public Optional<Problem> problem() {
    return Optional.ofNullable(problem);
  }

  /** The problem's {@code errors} items; empty when there are none or no problem. */
  public List<RequestError> errors() {
    return problem == null ? List.of() : problem.errors();
  }

  /** The answer's body as received (empty when it had none). */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The description of the {@code @ApiResponse} the operation declares for this status (e.g.
   * {@code "The username is taken."} for a 409), or empty when the status is not declared.
   */
  public Optional<String> declaredResponse() {
    return Optional.ofNullable(declared);
  }
}
