package dev.kiln.runtime;

/**
 * One thing wrong with a request: an item of the {@code errors} array of a problem details
 * response.
 *
 * @param in where the value came from
 * @param pointer for {@link ParamIn#BODY}, the RFC 6901 JSON pointer to the value (e.g. {@code
 *     /tags/1}, {@code ""} for the whole body); {@code null} otherwise
 * @param name for parameters, the parameter's name; {@code null} for the body
 * @param message a short human-readable message, e.g. {@code must be an integer}
 * @param code a stable machine-readable code, e.g. {@code invalid_format} (see the README)
 * @param syntax {@code true} when the request could not be parsed (responded to with 400), {@code
 *     false} when it parsed but is wrong (responded to with 422)
 */
public record RequestError(
    ParamIn in, String pointer, String name, String message, String code, boolean syntax) {

  /** An error about a body value at {@code pointer}; see the record description. */
  public static RequestError body(String pointer, String code, String message, boolean syntax) {
    return new RequestError(ParamIn.BODY, pointer, null, message, code, syntax);
  }

  /**
   * An error about the parameter {@code name}; see the record description. For {@link
   * ParamIn#BODY} (a form field) the error carries the pointer {@code /name} instead.
   */
  public static RequestError param(
      ParamIn in, String name, String code, String message, boolean syntax) {
    if (in == ParamIn.BODY) { // a form field: the body's pointer
      return new RequestError(in, "/" + name.replace("~", "~0").replace("/", "~1"), null,
          message, code, syntax);
    }
    return new RequestError(in, null, name, message, code, syntax);
  }
}
