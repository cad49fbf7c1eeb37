package dev.kiln.runtime;

/**
 * The stable machine-readable codes of request errors (the {@code code} member of an {@code
 * errors} item). Codes are only ever added, never changed; the README lists each one.
 */
public final class ErrorCodes {
  /** A parameter value that cannot be parsed as its type (400). */
  public static final String INVALID_FORMAT = "invalid_format";
  /** A request body that is not well-formed JSON, or is empty where one is required (400). */
  public static final String MALFORMED_JSON = "malformed_json";
  /** A required parameter or body field that is absent (422). */
  public static final String MISSING = "missing";
  /** A JSON value of the wrong type, e.g. a string where a number is expected (422). */
  public static final String TYPE = "type";
  /** A JSON {@code null} where a value is required (422). */
  public static final String NOT_NULL = "not_null";
  /** A number outside the range of its target type, e.g. 2^31 for an {@code int} (422). */
  public static final String OUT_OF_RANGE = "out_of_range";
  /** A value that is not one of an enum's constants (422). */
  public static final String ENUM = "enum";
  /** A JSON object with the same property twice (422). */
  public static final String DUPLICATE_FIELD = "duplicate_field";
  /** A request body larger than the server's maximum body size (413). */
  public static final String CONTENT_TOO_LARGE = "content_too_large";
  /**
   * A {@code multipart/form-data} body that cannot be parsed: no or a bad {@code boundary},
   * malformed part headers, or a body that ends before its closing delimiter (400).
   */
  public static final String MALFORMED_MULTIPART = "malformed_multipart";

  private ErrorCodes() {}

  /**
   * Whether {@code code} is an error of reading a value (as opposed to a constraint violation
   * of a value that was read).
   */
  public static boolean isReadError(String code) {
    switch (code) {
      case INVALID_FORMAT:
      case MALFORMED_JSON:
      case MISSING:
      case TYPE:
      case NOT_NULL:
      case OUT_OF_RANGE:
      case ENUM:
      case DUPLICATE_FIELD:
      case CONTENT_TOO_LARGE:
      case MALFORMED_MULTIPART:
        return true;
      default:
        return false;
    }
  }
}
