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
}
