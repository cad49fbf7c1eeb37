package dev.kiln.runtime;

import java.util.List;

/**
 * An RFC 9457 problem-details response ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem, e.g. {@code https://kiln.dev/problems/invalid-request}
 * @param title the short summary of that kind; the RFC 9110 reason phrase of the status
 * @param status the HTTP status code
 * @param detail what went wrong with this request, for a human
 * @param instance the request path; {@code null} until the exchange fills it in
 * @param errors the individual request errors (empty for problems that are not about input)
 */
public record Problem(
    String type, String title, int status, String detail, String instance,
    List<RequestError> errors) {

  /** The base of Kiln's problem type URIs; the README lists each type. */
  public static final String TYPE_BASE = "https://kiln.dev/problems/";

  public Problem {
    errors = List.copyOf(errors);
  }

  /**
   * A problem for {@code status} with the standard type and title for that status and the given
   * detail.
   */
  public static Problem of(int status, String detail) {
    return new Problem(TYPE_BASE + typeName(status), HttpStatus.reasonPhrase(status), status,
        detail, null, List.of());
  }

  /** This problem with the given request errors. */
  public Problem withErrors(List<RequestError> newErrors) {
    return new Problem(type, title, status, detail, instance, newErrors);
  }

  /** This problem with the given instance (the request path). */
  public Problem withInstance(String newInstance) {
    return new Problem(type, title, status, detail, newInstance, errors);
  }

  private static String typeName(int status) {
    switch (status) {
      case 400:
      case 422:
        return "invalid-request";
      case 401:
        return "unauthorized";
      case 403:
        return "forbidden";
      case 404:
        return "not-found";
      case 405:
        return "method-not-allowed";
      case 413:
        return "content-too-large";
      case 415:
        return "unsupported-media-type";
      case 500:
        return "internal-error";
      case 503:
        return "unavailable";
      default:
        return "http-" + status;
    }
  }
}
