package dev.kiln.test;

/**
 * One way an answer breaks the application's OpenAPI document.
 *
 * @param operation the operation, e.g. {@code GET /items/{id}}, or the request line when no
 *     operation matches
 * @param status the answer's status code
 * @param pointer the RFC 6901 JSON pointer into the body ({@code ""} for the whole body), or
 *     {@code null} when the rule is not about the body
 * @param rule what was checked: {@code status}, {@code content-type}, {@code header},
 *     {@code body}, or the JSON Schema keyword that failed (e.g. {@code type}, {@code required},
 *     {@code maxLength})
 * @param message what was wrong, in plain English
 */
public record Violation(String operation, int status, String pointer, String rule,
    String message) {

  /** {@code GET /items/{id} answered 200: at /q: rule type: null found, string expected}. */
  @Override
  public String toString() {
    return operation + " answered " + status + ": "
        + (pointer == null ? "" : "at " + (pointer.isEmpty() ? "(body)" : pointer) + ": ")
        + "rule " + rule + ": " + message;
  }
}
