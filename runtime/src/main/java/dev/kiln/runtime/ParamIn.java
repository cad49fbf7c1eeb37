package dev.kiln.runtime;

/**
 * Where a value of a request comes from, as named in the {@code in} member of a problem-details
 * error item and in OpenAPI 3.1 parameter objects.
 */
public enum ParamIn {
  /** The request body; errors carry an RFC 6901 {@code pointer}. */
  BODY("body"),
  /** A query parameter. */
  QUERY("query"),
  /** A path variable. */
  PATH("path"),
  /** A request header. */
  HEADER("header"),
  /** A cookie. */
  COOKIE("cookie");

  private final String wireName;

  ParamIn(String wireName) {
    this.wireName = wireName;
  }

  /** The lower-case name used on the wire, e.g. {@code "query"}. */
  public String wireName() {
    return wireName;
  }
}
