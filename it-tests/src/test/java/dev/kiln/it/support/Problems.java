package dev.kiln.it.support;

/** Builds expected problem documents (single-quoted JSON, see {@link Http#jsonQ}). */
public final class Problems {
  private Problems() {}

  /** A problem without an {@code errors} member. */
  public static String problem(String typeName, String title, int status, String detail,
      String instance) {
    return "{'type':'https://kiln.dev/problems/" + typeName + "','title':'" + title
        + "','status':" + status + ",'detail':'" + detail + "','instance':'" + instance + "'}";
  }

  /** An invalid-request problem (400 or 422) with the given error items. */
  public static String invalid(int status, String instance, String... errors) {
    String title = status == 400 ? "Bad Request" : "Unprocessable Content";
    String detail = errors.length == 1
        ? "The request has 1 error." : "The request has " + errors.length + " errors.";
    return "{'type':'https://kiln.dev/problems/invalid-request','title':'" + title
        + "','status':" + status + ",'detail':'" + detail + "','instance':'" + instance
        + "','errors':[" + String.join(",", errors) + "]}";
  }

  /** An error item about the body value at {@code pointer}. */
  public static String body(String pointer, String code, String message) {
    return "{'in':'body','pointer':'" + pointer + "','message':'" + message + "','code':'" + code
        + "'}";
  }

  /** An error item about the parameter {@code name} {@code in} path or query. */
  public static String param(String in, String name, String code, String message) {
    return "{'in':'" + in + "','name':'" + name + "','message':'" + message + "','code':'" + code
        + "'}";
  }
}
