package dev.kiln.processor.validation;

/**
 * The diagnostics about what a handler answers and declares it answers (media types, declared
 * response bodies), each with a stable {@code [kiln:...]} tag, naming the construct and proposing
 * the fix.
 */
public final class AnswerMessages {
  private AnswerMessages() {}

  public static String jsonMediaType(String method, String produces) {
    return "[kiln:json-media-type] " + method + "() answers JSON, which is sent as "
        + "application/json or another JSON media type (application/json; ..., or a +json type "
        + "such as application/vnd.example+json), not " + produces + ". Use a JSON media type in "
        + "@Produces, or return String, byte[] or InputStream to answer " + produces + ".";
  }

  public static String declaredBodyType(String method, int status, String type) {
    return "[kiln:api-response-body-type] The @ApiResponse(status = " + status + ") of " + method
        + "() declares the body " + type + ", which Kiln cannot write and read as JSON. Use a "
        + "record, an enum, a scalar, or a List, Set or Map of those.";
  }

  public static String declaredBodyEmpty(String method, int status) {
    return "[kiln:api-response-body-empty] The @ApiResponse(status = " + status + ") of " + method
        + "() declares a body and empty = true. Remove one of them.";
  }

  public static String declaredBodySuccess(String method, int status) {
    return "[kiln:api-response-body-success] The @ApiResponse(status = " + status + ") of "
        + method + "() declares a body for a success status, whose body is what the handler "
        + "returns. Remove body, or return that type (e.g. Response<T>).";
  }
}
