package dev.kiln.runtime.generated;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every {@link RequestError} of one request, so that a client learns of all its mistakes
 * in one response. Not thread-safe: one instance belongs to one exchange.
 */
public final class RequestErrors {
  private static final List<RequestError> NONE = List.of();

  // A valid request (the common case) never adds an error: allocate the list on the first one.
  private List<RequestError> errors = NONE;

  /** Adds one error. */
  public void add(RequestError error) {
    if (errors == NONE) {
      errors = new ArrayList<>(4);
    }
    errors.add(error);
  }

  /**
   * Whether a constraint on the value at {@code pointer} is moot: an error exists at that
   * pointer, or a reading error (wrong type, missing, ...) below it, which left the value unread.
   */
  boolean hasErrorAt(String pointer) {
    for (RequestError error : errors) {
      String other = error.pointer();
      if (other == null || !other.startsWith(pointer)) {
        continue;
      }
      if (other.length() == pointer.length()) {
        return true;
      }
      if (other.charAt(pointer.length()) == '/' && ErrorCodes.isReadError(error.code())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an error exists for the parameter {@code name} in {@code in}. */
  boolean hasErrorFor(ParamIn in, String name) {
    String pointer = in == ParamIn.BODY ? "/" + name : null;
    for (RequestError error : errors) {
      if (error.in() == in && (name.equals(error.name())
          || (pointer != null && pointer.equals(error.pointer())))) {
        return true;
      }
    }
    return false;
  }

  /** The number of errors collected so far. */
  public int count() {
    return errors.size();
  }

  /** Whether no error was collected. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** The errors in the order they were found. */
  public List<RequestError> list() {
    return List.copyOf(errors);
  }

  /**
   * The status of a problem answering these errors: 400 if any is a syntax error, else 422.
   */
  public int status() {
    for (RequestError error : errors) {
      if (error.syntax()) {
        return 400;
      }
    }
    return 422;
  }

  /**
   * Throws a {@link ProblemException} (400 or 422, see {@link #status()}) carrying the errors, if
   * there are any; returns otherwise.
   */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      int status = status();
      String detail = errors.size() == 1
          ? "The request has 1 error."
          : "The request has " + errors.size() + " errors.";
      throw new ProblemException(Problem.of(status, detail).withErrors(list()));
    }
  }
}
