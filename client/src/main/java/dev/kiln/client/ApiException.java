package dev.kiln.client;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.RequestError;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The server answered a call with a status other than 2xx (or 404 for an operation returning
 * {@code Optional}). Carries the status, the headers, the RFC 9457 problem details when the
 * answer is {@code application/problem+json} (with its {@code errors}), the raw body, and the
 * {@code @ApiResponse} the operation declares for that status, if any, with the JSON body it
 * declares ({@code @ApiResponse(status = 404, body = NotFound.class)}), read by the generated
 * JSON reader: {@code e.body(NotFound.class)}. Served by a Kiln app, it answers {@code 502 Bad
 * Gateway} when {@link ClientProblems} is registered.
 */
public class ApiException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient HttpHeaders headers;
  private final transient Problem problem;
  private final byte[] body;
  private final String declared;
  private final transient DeclaredBody declaredBody;

  /**
   * The JSON body type an operation declares for an error status, and its reader (a generated
   * {@code _JsonReader}). Made by generated code only.
   *
   * @param type the declared type, e.g. {@code NotFound.class}
   * @param reader reads the answer's bytes as {@code type}
   */
  public record DeclaredBody(Class<?> type, BodyReader reader) {}

  /** Reads an answer's body as its declared type. Called by generated code only. */
  @FunctionalInterface
  public interface BodyReader {
    /**
     * The body's value.
     *
     * @throws IOException if the body is not the declared JSON
     */
    Object read(byte[] body) throws IOException;
  }

  /**
   * An error answer to {@code operation}.
   *
   * @param problem the parsed problem details, or {@code null} when the body is not one
   * @param declared the description of the operation's {@code @ApiResponse} for {@code status},
   *     or {@code null} when it declares none
   */
  public ApiException(String operation, int status, HttpHeaders headers, Problem problem,
      byte[] body, String declared) {
    this(operation, status, headers, problem, body, declared, null);
  }

  /**
   * An error answer to {@code operation} whose status the operation declares with a body type.
   *
   * @param declaredBody the type the operation declares for {@code status} and its reader, or
   *     {@code null} when it declares none
   */
  public ApiException(String operation, int status, HttpHeaders headers, Problem problem,
      byte[] body, String declared, DeclaredBody declaredBody) {
    super(operation, "answered " + status + (problem == null || problem.detail() == null
        ? "" : ": " + problem.detail()), null);
    this.status = status;
    this.headers = headers;
    this.problem = problem;
    this.body = body.clone();
    this.declared = declared;
    this.declaredBody = declaredBody;
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
   * The body read as {@code type}, the JSON body type the operation's {@code @ApiResponse}
   * declares for this status ({@code body = NotFound.class}), with its generated reader. Empty
   * when this status declares no body of {@code type}, or the answer is not that JSON ({@code
   * application/problem+json} problem details, e.g. Kiln's own 404 for an unknown path).
   *
   * @throws TransportException if the answer is JSON but not the declared shape
   */
  public <T> Optional<T> body(Class<T> type) {
    if (declaredBody == null || declaredBody.type() != type || problem != null
        || !isJson(headers.firstValue("Content-Type").orElse(""))) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(type.cast(declaredBody.reader().read(body)));
    } catch (IOException e) {
      throw new TransportException(operation(), "the " + status + " answer is not the declared "
          + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** The JSON body type the operation declares for this status, if any. */
  public Optional<Class<?>> declaredBodyType() {
    return declaredBody == null ? Optional.empty() : Optional.of(declaredBody.type());
  }

  private static boolean isJson(String contentType) {
    int parameters = contentType.indexOf(';');
    String essence = (parameters < 0 ? contentType : contentType.substring(0, parameters))
        .strip().toLowerCase(Locale.ROOT);
    return essence.equals("application/json") || essence.endsWith("+json");
  }

  /**
   * The description of the {@code @ApiResponse} the operation declares for this status (e.g.
   * {@code "The username is taken."} for a 409), or empty when the status is not declared.
   */
  public Optional<String> declaredResponse() {
    return Optional.ofNullable(declared);
  }
}
