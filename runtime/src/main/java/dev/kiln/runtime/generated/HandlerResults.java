package dev.kiln.runtime.generated;

/**
 * Checks of what a handler method returned, called by generated code only. A {@code String},
 * {@code byte[]} or {@code InputStream} response body must not be {@code null} (there is no JSON
 * {@code null} to write): that is a bug in the handler, responded to with 500 and logged by the
 * server with this class's message naming the handler.
 */
public final class HandlerResults {
  private HandlerResults() {}

  /**
   * Returns {@code result}.
   *
   * @param handler the handler method, e.g. {@code com.example.ItemsController.name}
   * @throws IllegalStateException naming {@code handler} if {@code result} is {@code null}
   */
  public static <T> T nonNull(T result, String handler) {
    if (result == null) {
      throw new IllegalStateException(handler + " returned null, which has no response body:"
          + " return a value (\"\" for an empty body), or an Optional to respond 404");
    }
    return result;
  }
}
