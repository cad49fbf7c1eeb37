package dev.kiln.runtime.internal;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import java.util.List;
import java.util.Map;

/**
 * The problems of reading a {@code multipart/form-data} body: 400 {@code malformed_multipart}
 * for a body that cannot be parsed, 413 {@code content_too_large} (closing the connection) past
 * a limit.
 */
final class MultipartProblems {
  private MultipartProblems() {}

  /** A 400 problem with {@code detail}, its one error pointing at the whole body. */
  static ProblemException malformed(String detail) {
    RequestError error = RequestError.body("", ErrorCodes.MALFORMED_MULTIPART, detail, true);
    return new ProblemException(Problem.of(400, detail).withErrors(List.of(error)));
  }

  /** The 400 problem of a body that ends before its closing delimiter. */
  static ProblemException truncated() {
    return malformed("The multipart body ends before its closing boundary delimiter.");
  }

  /** A 413 problem with {@code detail}, its one error saying the limit in {@code message}. */
  static ProblemException tooLarge(String detail, String message) {
    RequestError error = RequestError.body("", ErrorCodes.CONTENT_TOO_LARGE, message, true);
    return new ProblemException(Problem.of(413, detail).withErrors(List.of(error)),
        Map.of("Connection", "close"));
  }

  /** The 413 problem of a body with more than {@code max} parts. */
  static ProblemException tooManyParts(int max) {
    return tooLarge("The multipart body has more than " + max + " parts.",
        "must have at most " + max + " parts");
  }

  /** The 413 problem of a part whose content is larger than {@code max} bytes. */
  static ProblemException partTooLarge(String name, long max) {
    return tooLarge("The part " + name + " is larger than " + max + " bytes.",
        "each part must be at most " + max + " bytes");
  }

  /** The 413 problem of a part whose headers are longer than {@code max} bytes. */
  static ProblemException headersTooLarge(int max) {
    return tooLarge("The headers of a part are longer than " + max + " bytes.",
        "the headers of each part must be at most " + max + " bytes");
  }
}
