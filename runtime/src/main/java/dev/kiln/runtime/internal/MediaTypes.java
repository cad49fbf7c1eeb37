package dev.kiln.runtime.internal;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;

/** Media types Kiln answers with and checks for. */
final class MediaTypes {
  /** {@code application/json} (RFC 8259: UTF-8, no charset parameter). */
  static final String JSON = "application/json";
  /** {@code application/problem+json} (RFC 9457). */
  static final String PROBLEM_JSON = "application/problem+json";
  /** {@code application/x-www-form-urlencoded} (HTML forms). */
  static final String FORM = "application/x-www-form-urlencoded";
  /** {@code multipart/form-data} (RFC 7578: HTML forms with files). */
  static final String MULTIPART = "multipart/form-data";
  /** {@code application/octet-stream} (raw bytes). */
  static final String OCTET_STREAM = "application/octet-stream";
  /** {@code text/event-stream} (WHATWG HTML server-sent events; always UTF-8). */
  static final String EVENT_STREAM = "text/event-stream";
  /** {@code text/plain; charset=utf-8}. */
  static final String TEXT_PLAIN = "text/plain; charset=utf-8";

  private MediaTypes() {}

  /** The {@code type/subtype} of a media type, lower-case, without parameters. */
  static String essence(String mediaType) {
    int end = mediaType.indexOf(';');
    return (end < 0 ? mediaType : mediaType.substring(0, end)).trim()
        .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether a {@code Content-Type} header value denotes JSON: {@code application/json} or any
   * {@code application/*+json}, case-insensitive, with any parameters (e.g. {@code charset}).
   */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int end = contentType.indexOf(';');
    String type = (end < 0 ? contentType : contentType.substring(0, end)).trim();
    if (type.equalsIgnoreCase(JSON)) {
      return true;
    }
    return type.regionMatches(true, 0, "application/", 0, 12)
        && type.regionMatches(true, type.length() - 5, "+json", 0, 5);
  }

  /** Whether {@code contentType} (a header value, may be {@code null}) is {@code type}. */
  static boolean is(String contentType, String type) {
    return contentType != null && essence(contentType).equals(type);
  }

  /**
   * Checks a request's {@code Content-Type} against an operation's media types ({@code *}{@code
   * /*} accepts any).
   *
   * @throws ProblemException 415 naming the accepted types
   */
  static void require(String contentType, String... accepted) {
    String type = contentType == null ? "" : essence(contentType);
    for (String candidate : accepted) {
      if (candidate.equals("*/*") || candidate.equalsIgnoreCase(type)) {
        return;
      }
    }
    throw new ProblemException(Problem.of(415, (contentType == null
        ? "The request has no Content-Type" : "The request body is " + contentType)
        + "; this operation reads " + String.join(", ", accepted) + "."));
  }
}
