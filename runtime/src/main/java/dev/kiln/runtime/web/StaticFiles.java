package dev.kiln.runtime.web;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Serves the files of a class-path folder or a file-system folder under a path prefix, e.g.
 * {@code KilnServer.builder().routes(StaticFiles.classPath("/static", "static"))} answers {@code
 * GET /static/css/site.css} with the resource {@code static/css/site.css}.
 *
 * <p>Answers follow RFC 9110: {@code Content-Type} by file extension (unknown ones {@code
 * application/octet-stream}, with {@code X-Content-Type-Options: nosniff}), {@code
 * Content-Length}, {@code ETag} (size and modification time) and {@code Last-Modified}; {@code
 * 304} for a matching {@code If-None-Match} (or, without it, {@code If-Modified-Since}); a single
 * {@code Range} answers {@code 206} with {@code Content-Range}, one beyond the end {@code 416};
 * {@code HEAD} sends the headers only. Files are written in 16 KiB slices, never read whole.
 *
 * <p>A path that names no regular file inside the folder answers 404: {@code ..} and {@code .}
 * segments, encoded separators ({@code %2F}, {@code %5C}), NUL and control characters, and
 * symbolic links whose target lies outside the folder. (Malformed percent-encoding and invalid or
 * overlong UTF-8 are answered 400 by the router before any route runs.) A request for a folder
 * answers its {@linkplain #indexFile index file}. In a GraalVM native image, declare the
 * class-path folder with {@code @StaticResources} so that the processor writes its resource
 * configuration (see the README).
 */
public final class StaticFiles implements RouteGroup {
  /** The default {@link #cacheControl(String)}: {@code no-cache} (always revalidate, then 304). */
  public static final String DEFAULT_CACHE_CONTROL = "no-cache";
  /** The default {@link #maxDepth(int)}: 12 path segments below the prefix. */
  public static final int DEFAULT_MAX_DEPTH = 12;

  private final String prefix;
  private final StaticSource source;
  private final String cacheControl;
  private final String indexFile;
  private final int maxDepth;

  private StaticFiles(String prefix, StaticSource source, String cacheControl, String indexFile,
      int maxDepth) {
    this.prefix = prefix;
    this.source = source;
    this.cacheControl = cacheControl;
    this.indexFile = indexFile;
    this.maxDepth = maxDepth;
  }

  /**
   * The class-path folder {@code folder} (e.g. {@code static}, read with the class loader that
   * loaded Kiln's runtime) served under {@code prefix} (e.g. {@code /static}, or {@code /}).
   */
  public static StaticFiles classPath(String prefix, String folder) {
    return classPath(prefix, folder, StaticFiles.class.getClassLoader());
  }

  /** As {@link #classPath(String, String)}, read with {@code loader}. */
  public static StaticFiles classPath(String prefix, String folder, ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    String name = Objects.requireNonNull(folder, "folder").replaceAll("^/+|/+$", "");
    if (name.isEmpty() || SafeSegments.check(List.of(name.split("/", -1))) == null) {
      throw new IllegalArgumentException("a class-path folder is a /-separated resource name "
          + "without . or .. segments, e.g. static: " + folder);
    }
    return new StaticFiles(checkPrefix(prefix), StaticSource.classPath(loader, name),
        DEFAULT_CACHE_CONTROL, "index.html", DEFAULT_MAX_DEPTH);
  }

  /** The file-system folder {@code folder} served under {@code prefix}. */
  public static StaticFiles directory(String prefix, Path folder) {
    return new StaticFiles(checkPrefix(prefix),
        StaticSource.directory(Objects.requireNonNull(folder, "folder")), DEFAULT_CACHE_CONTROL,
        "index.html", DEFAULT_MAX_DEPTH);
  }

  /**
   * The {@code Cache-Control} of every answer; default {@link #DEFAULT_CACHE_CONTROL}. For
   * fingerprinted file names use e.g. {@code public, max-age=31536000, immutable}.
   */
  public StaticFiles cacheControl(String value) {
    return new StaticFiles(prefix, source, Objects.requireNonNull(value, "value"), indexFile,
        maxDepth);
  }

  /** The file answered for a folder; default {@code index.html}; {@code null}: none (404). */
  public StaticFiles indexFile(String fileName) {
    if (fileName != null && (fileName.isEmpty()
        || SafeSegments.check(List.of(fileName)) == null)) {
      throw new IllegalArgumentException("an index file is a plain file name: " + fileName);
    }
    return new StaticFiles(prefix, source, cacheControl, fileName, maxDepth);
  }

  /** How many path segments below the prefix are served; default {@link #DEFAULT_MAX_DEPTH}. */
  public StaticFiles maxDepth(int segments) {
    if (segments < 1 || segments > 64) {
      throw new IllegalArgumentException("maxDepth must be 1 to 64: " + segments);
    }
    return new StaticFiles(prefix, source, cacheControl, indexFile, segments);
  }

  /**
   * {@code GET} routes for the prefix and for 1 to {@link #maxDepth} segments below it.
   *
   * @throws IllegalStateException if the folder does not exist
   */
  @Override
  public List<Route> routes() {
    source.check();
    StaticAnswer answer = new StaticAnswer(source, cacheControl, indexFile);
    List<Route> routes = new ArrayList<>();
    routes.add(Route.of("GET", prefix, exchange -> answer.send(exchange, 0)));
    StringBuilder template = new StringBuilder(prefix.equals("/") ? "" : prefix);
    for (int depth = 1; depth <= maxDepth; depth++) {
      template.append("/{p").append(depth).append('}');
      int segments = depth;
      routes.add(Route.of("GET", template.toString(),
          exchange -> answer.send(exchange, segments)));
    }
    return routes;
  }

  private static String checkPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.equals("/") && !prefix.matches("(/[A-Za-z0-9._~-]+)+")) {
      throw new IllegalArgumentException("a static prefix is / or /-separated segments of "
          + "letters, digits and ._~- with no trailing slash: " + prefix);
    }
    return prefix;
  }
}
