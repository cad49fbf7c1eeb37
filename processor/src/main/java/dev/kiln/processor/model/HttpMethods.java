package dev.kiln.processor.model;

import java.util.List;

/** The HTTP method annotations and the request methods they stand for. */
public final class HttpMethods {
  /** Qualified names of the method annotations, in a fixed order. */
  public static final List<String> ANNOTATIONS = List.of(
      Annotations.PACKAGE + "Get", Annotations.PACKAGE + "Post", Annotations.PACKAGE + "Put",
      Annotations.PACKAGE + "Patch", Annotations.PACKAGE + "Delete");

  private HttpMethods() {}

  /** {@code GET} for {@code dev.kiln.annotations.Get}, and so on. */
  public static String requestMethod(String annotationName) {
    return annotationName.substring(Annotations.PACKAGE.length()).toUpperCase(java.util.Locale.ROOT);
  }

  /** Whether requests of this method may carry a body Kiln binds (RFC 9110: GET/DELETE/HEAD do not). */
  public static boolean allowsBody(String requestMethod) {
    return !requestMethod.equals("GET") && !requestMethod.equals("DELETE");
  }
}
