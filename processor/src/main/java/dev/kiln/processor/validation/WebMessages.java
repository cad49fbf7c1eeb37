package dev.kiln.processor.validation;

/**
 * The diagnostic texts about web pages and background tasks (HTML page answers, {@code
 * BackgroundTasks} parameters), in the style of {@link Messages}: a stable tag, the construct
 * named, the fix proposed.
 */
public final class WebMessages {
  private WebMessages() {}

  public static String pageMediaType(String method, String type, String produces) {
    return "[kiln:page-media-type] " + method + "() returns the HTML page " + type + ", which is "
        + "answered as text/html; charset=utf-8, not " + produces + ". Remove @Produces, or "
        + "return a String or byte[] to answer another media type.";
  }

  public static String backgroundTasksAnnotated(String param, String annotation) {
    return "[kiln:background-tasks-annotated] Parameter " + param + " is the request's "
        + "BackgroundTasks, supplied by the server, not read from the request: remove @"
        + annotation + ".";
  }

  public static String backgroundTasksInBean(String bean, String member) {
    return "[kiln:background-tasks-annotated] Component " + member + " of @BeanParam " + bean
        + " is a BackgroundTasks, which a @BeanParam cannot hold: declare it as a parameter of "
        + "the handler method.";
  }

  public static String clientPage(String method, String type) {
    return "[kiln:client-html-page] @Client method " + method + "() returns the HTML page " + type
        + ", which a generated client cannot read: return String for the page's text.";
  }

  public static String clientBackgroundTasks(String method, String param) {
    return "[kiln:client-background-tasks] @Client method " + method + "() has the "
        + "BackgroundTasks parameter " + param + ", which is not part of a request: remove it "
        + "from the interface and declare it on the serving controller's method only.";
  }

  public static String badStaticFolder(String folder) {
    return "[kiln:bad-static-folder] @StaticResources folder \"" + folder + "\" is not a "
        + "class-path folder name: use /-separated names without a leading or trailing /, "
        + "., .., spaces or wildcards, as given to StaticFiles.classPath, e.g. \"static\".";
  }

  public static String noStaticFolders() {
    return "[kiln:bad-static-folder] @StaticResources names no folder: list the class-path "
        + "folders served with StaticFiles.classPath, e.g. @StaticResources(\"static\").";
  }

  public static String badResponseMediaType(String method, int status, String mediaType,
      boolean empty) {
    return "[kiln:api-response-media-type] @ApiResponse(status = " + status + ") of " + method
        + "() says mediaType \"" + mediaType + "\", " + (empty
            ? "but also empty = true: a response with no content has no media type. Remove one."
            : "which is not a text media type. Use one such as \"text/html; charset=utf-8\", or"
                + " leave it out for the handler's own content.");
  }
}
