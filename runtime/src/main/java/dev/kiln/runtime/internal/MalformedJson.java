package dev.kiln.runtime.internal;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import java.util.List;
import tools.jackson.core.exc.StreamReadException;

/** The 400 {@code malformed_json} problems of a request body that is not one JSON document. */
final class MalformedJson {
  private MalformedJson() {}

  /** A 400 problem with {@code detail}, its one error pointing at the whole body. */
  static ProblemException problem(String detail) {
    RequestError error = RequestError.body("", ErrorCodes.MALFORMED_JSON, detail, true);
    return new ProblemException(Problem.of(400, detail).withErrors(List.of(error)));
  }

  /** A 400 problem naming Jackson's reason and where the document broke. */
  static ProblemException problem(StreamReadException e) {
    return problem("The request body is not well-formed JSON: " + reason(e) + location(e));
  }

  /** Jackson's reason without its internal source description ({@code [Source: REDACTED ...]}). */
  private static String reason(StreamReadException e) {
    String reason = e.getOriginalMessage();
    int source = reason.indexOf(" (start marker at [Source:");
    return source < 0 ? reason : reason.substring(0, source);
  }

  private static String location(StreamReadException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
      return "";
    }
    return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
        + ")";
  }
}
