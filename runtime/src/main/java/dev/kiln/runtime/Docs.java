package dev.kiln.runtime;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the OpenAPI document the Kiln processor wrote ({@value #DOCUMENT}) and, from the class
 * path with no CDN, Swagger UI and ReDoc pointed at it. Register it with {@code
 * KilnServer.builder().docs(Docs.defaults())}.
 *
 * <table>
 *   <caption>What is served by default</caption>
 *   <tr><td>{@code GET /openapi.json}</td><td>the document</td></tr>
 *   <tr><td>{@code GET /docs}</td><td>Swagger UI (needs {@code org.webjars:swagger-ui} on the
 *       class path)</td></tr>
 *   <tr><td>{@code GET /redoc}</td><td>ReDoc (needs {@code org.webjars:redoc} 2.5.x)</td></tr>
 * </table>
 *
 * <p>Each part can be moved ({@link #openApiPath}, {@link #swaggerUiPath}, {@link #redocPath}) or
 * switched off ({@link #openApi(boolean)}, ...). Files are read by their exact names (the webjar
 * version from its {@code pom.properties}), never by scanning, and kept in memory once read. The
 * Swagger UI initializer is Kiln's own ({@code validatorUrl: null}), and the pages forbid images
 * from other hosts ({@code Content-Security-Policy: img-src 'self' data:}), which keeps ReDoc
 * from fetching its logo from a CDN.
 */
public final class Docs implements RouteGroup {
  /** The class-path resource of the OpenAPI document. */
  public static final String DOCUMENT = "META-INF/kiln/openapi.json";
  /**
   * The class-path resource listing the document's operations, {@code GET /items/{id}} one per
   * line, written by the processor with the document.
   */
  public static final String OPERATIONS = "META-INF/kiln/openapi-operations.txt";
  /** The files of {@code org.webjars:swagger-ui} that {@link #swaggerUiPath} serves. */
  static final List<String> SWAGGER_UI_FILES = List.of("swagger-ui.css", "swagger-ui-bundle.js",
      "favicon-16x16.png", "favicon-32x32.png", "oauth2-redirect.html", "oauth2-redirect.js");
  /** The files of {@code org.webjars:redoc} that {@link #redocPath} serves. */
  static final List<String> REDOC_FILES = List.of("redoc.standalone.js");
  private static final String CSP = "img-src 'self' data:";

  private final String openApiPath;
  private final String swaggerUiPath;
  private final String redocPath;
  private final boolean openApi;
  private final boolean swaggerUi;
  private final boolean redoc;
  private final ClassLoader loader;
  /** The document to serve instead of {@link #DOCUMENT}'s bytes (merged), or {@code null}. */
  private final byte[] document;

  private Docs(String openApiPath, String swaggerUiPath, String redocPath, boolean openApi,
      boolean swaggerUi, boolean redoc, ClassLoader loader) {
    this(openApiPath, swaggerUiPath, redocPath, openApi, swaggerUi, redoc, loader, null);
  }

  private Docs(String openApiPath, String swaggerUiPath, String redocPath, boolean openApi,
      boolean swaggerUi, boolean redoc, ClassLoader loader, byte[] document) {
    this.document = document;
    this.openApiPath = openApiPath;
    this.swaggerUiPath = swaggerUiPath;
    this.redocPath = redocPath;
    this.openApi = openApi;
    this.swaggerUi = swaggerUi;
    this.redoc = redoc;
    this.loader = loader;
  }

  /** {@code /openapi.json}, Swagger UI at {@code /docs} and ReDoc at {@code /redoc}. */
  public static Docs defaults() {
    return new Docs("/openapi.json", "/docs", "/redoc", true, true, true,
        Docs.class.getClassLoader());
  }

  /** Where the document is served; default {@code /openapi.json}. The pages load it from there. */
  public Docs openApiPath(String path) {
    return new Docs(checkPath(path), swaggerUiPath, redocPath, openApi, swaggerUi, redoc, loader);
  }

  /** Where Swagger UI is served (its files under it); default {@code /docs}. */
  public Docs swaggerUiPath(String path) {
    return new Docs(openApiPath, checkPath(path), redocPath, openApi, swaggerUi, redoc, loader);
  }

  /** Where ReDoc is served (its files under it); default {@code /redoc}. */
  public Docs redocPath(String path) {
    return new Docs(openApiPath, swaggerUiPath, checkPath(path), openApi, swaggerUi, redoc, loader);
  }

  /** Whether the document is served; default on (the pages load it). */
  public Docs openApi(boolean enabled) {
    return new Docs(openApiPath, swaggerUiPath, redocPath, enabled, swaggerUi, redoc, loader);
  }

  /** Whether Swagger UI is served; default on. */
  public Docs swaggerUi(boolean enabled) {
    return new Docs(openApiPath, swaggerUiPath, redocPath, openApi, enabled, redoc, loader);
  }

  /** Whether ReDoc is served; default on. */
  public Docs redoc(boolean enabled) {
    return new Docs(openApiPath, swaggerUiPath, redocPath, openApi, swaggerUi, enabled, loader);
  }

  /** The class loader the files are read from; default the one that loaded Kiln's runtime. */
  public Docs classLoader(ClassLoader classLoader) {
    return new Docs(openApiPath, swaggerUiPath, redocPath, openApi, swaggerUi, redoc,
        Objects.requireNonNull(classLoader, "classLoader"));
  }

  /**
   * The routes serving what is enabled.
   *
   * @throws IllegalStateException if the document or an enabled page's webjar is not on the class
   *     path
   */
  @Override
  public List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    Files files = new Files(loader);
    if (openApi || swaggerUi || redoc) {
      files.require(DOCUMENT, "Was the Kiln processor run (annotationProcessorPaths)?");
    }
    if (openApi) {
      routes.add(Route.of("GET", openApiPath,
          exchange -> send(exchange, "application/json",
              document != null ? document : files.read(DOCUMENT))));
    }
    String document = openApiPath;
    if (swaggerUi) {
      String base = webjar(files, "swagger-ui", "5.x");
      byte[] page = html(String.join("\n",
          "<!DOCTYPE html>",
          "<html lang=\"en\">",
          "<head>",
          "<meta charset=\"UTF-8\">",
          "<title>API docs - Swagger UI</title>",
          "<link rel=\"stylesheet\" href=\"" + swaggerUiPath + "/swagger-ui.css\">",
          "<link rel=\"icon\" type=\"image/png\" href=\"" + swaggerUiPath
              + "/favicon-32x32.png\" sizes=\"32x32\">",
          "<link rel=\"icon\" type=\"image/png\" href=\"" + swaggerUiPath
              + "/favicon-16x16.png\" sizes=\"16x16\">",
          "</head>",
          "<body>",
          "<div id=\"swagger-ui\"></div>",
          "<script src=\"" + swaggerUiPath + "/swagger-ui-bundle.js\" charset=\"UTF-8\"></script>",
          "<script src=\"" + swaggerUiPath + "/kiln-swagger-initializer.js\" charset=\"UTF-8\">"
              + "</script>",
          "</body>",
          "</html>"));
      byte[] initializer = utf8(String.join("\n",
          "window.onload = function () {",
          "  window.ui = SwaggerUIBundle({",
          "    url: \"" + document + "\",",
          "    dom_id: \"#swagger-ui\",",
          "    deepLinking: true,",
          "    validatorUrl: null,",
          // Authorize with an OAuth 2 implicit or authorization-code flow comes back here
          "    oauth2RedirectUrl: window.location.origin + \"" + swaggerUiPath
              + "/oauth2-redirect.html\",",
          "    presets: [SwaggerUIBundle.presets.apis],",
          "    layout: \"BaseLayout\"",
          "  });",
          "};",
          ""));
      routes.add(Route.of("GET", swaggerUiPath, exchange -> sendPage(exchange, page)));
      routes.add(Route.of("GET", swaggerUiPath + "/{file}", exchange -> {
        String file = exchange.pathParam(0);
        if (file.equals("kiln-swagger-initializer.js")) {
          send(exchange, contentType(file), initializer);
        } else if (SWAGGER_UI_FILES.contains(file)) {
          send(exchange, contentType(file), files.read(base + file));
        } else {
          throw notFound(exchange);
        }
      }));
    }
    if (redoc) {
      String base = webjar(files, "redoc", "2.5.x");
      byte[] page = html(String.join("\n",
          "<!DOCTYPE html>",
          "<html lang=\"en\">",
          "<head>",
          "<meta charset=\"UTF-8\">",
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
          "<title>API docs - ReDoc</title>",
          "<style>body { margin: 0; padding: 0; }</style>",
          "</head>",
          "<body>",
          "<div id=\"redoc-container\"></div>",
          "<script src=\"" + redocPath + "/redoc.standalone.js\"></script>",
          "<script src=\"" + redocPath + "/kiln-redoc-init.js\"></script>",
          "</body>",
          "</html>"));
      byte[] init = utf8(String.join("\n",
          "Redoc.init(\"" + document + "\", {}, document.getElementById(\"redoc-container\"));",
          ""));
      routes.add(Route.of("GET", redocPath, exchange -> sendPage(exchange, page)));
      routes.add(Route.of("GET", redocPath + "/{file}", exchange -> {
        String file = exchange.pathParam(0);
        if (file.equals("kiln-redoc-init.js")) {
          send(exchange, contentType(file), init);
        } else if (REDOC_FILES.contains(file)) {
          send(exchange, contentType(file), files.read(base + file));
        } else {
          throw notFound(exchange);
        }
      }));
    }
    return routes;
  }

  /** {@code META-INF/resources/webjars/<name>/<version>/} of the webjar on the class path. */
  private static String webjar(Files files, String name, String versions) {
    String properties = "META-INF/maven/org.webjars/" + name + "/pom.properties";
    files.require(properties, "Add the dependency org.webjars:" + name + " (" + versions
        + ") to the application, or switch this page off.");
    Properties values = new Properties();
    try (InputStream in = new java.io.ByteArrayInputStream(files.read(properties))) {
      values.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = values.getProperty("version");
    if (version == null || version.isBlank() || version.contains("/")) {
      throw new IllegalStateException(properties + " names no version");
    }
    return "META-INF/resources/webjars/" + name + "/" + version.strip() + "/";
  }

  private static void sendPage(Exchange exchange, byte[] page) throws IOException {
    exchange.http().getResponseHeaders().set("Content-Security-Policy", CSP);
    send(exchange, "text/html; charset=utf-8", page);
  }

  private static void send(Exchange exchange, String contentType, byte[] body)
      throws IOException {
    exchange.http().getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.respond(200, contentType, body);
  }

  private static ProblemException notFound(Exchange exchange) {
    return new ProblemException(Problem.of(404, "No route matches " + exchange.rawPath() + "."));
  }

  private static String contentType(String file) {
    if (file.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (file.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (file.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    return "image/png";
  }

  private static byte[] html(String text) {
    return utf8(text + "\n");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A path with only literal segments, e.g. {@code /api/docs}. */
  private static String checkPath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.matches("(/[A-Za-z0-9._~-]+)+")) {
      throw new IllegalArgumentException("a docs path is /-separated segments of letters, "
          + "digits and ._~- with no trailing slash: " + path);
    }
    return path;
  }

  /**
   * The operations of the document ({@code GET /items/{id}}, one per line of {@value
   * #OPERATIONS}) if this serves the document or a page that loads it, and the processor wrote
   * the list with it; else {@code null}. The server checks at start that they are the operations
   * it serves.
   */
  List<String> operations() throws IOException {
    if (!openApi && !swaggerUi && !redoc || loader.getResource(OPERATIONS) == null) {
      return null;
    }
    String text = new String(new Files(loader).read(OPERATIONS), StandardCharsets.UTF_8);
    return text.lines().filter(line -> !line.isEmpty()).toList();
  }

  /** These docs serving {@code merged} as the document (a document with mounted operations). */
  Docs withDocument(byte[] merged) {
    return new Docs(openApiPath, swaggerUiPath, redocPath, openApi, swaggerUi, redoc, loader,
        merged);
  }

  /** The document's bytes, as the processor wrote them. */
  byte[] document() throws IOException {
    new Files(loader).require(DOCUMENT, "Was the Kiln processor run (annotationProcessorPaths)?");
    return new Files(loader).read(DOCUMENT);
  }

  /** Whether these docs and {@code other} read the same document (one compilation's). */
  boolean sameDocument(Docs other) {
    return Objects.equals(loader.getResource(DOCUMENT), other.loader.getResource(DOCUMENT));
  }

  /** Class-path files read by exact name, each once. */
  private static final class Files {
    private final ClassLoader loader;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    Files(ClassLoader loader) {
      this.loader = loader;
    }

    void require(String name, String hint) {
      if (loader.getResource(name) == null) {
        throw new IllegalStateException("Kiln docs: " + name + " is not on the class path. "
            + hint);
      }
    }

    byte[] read(String name) throws IOException {
      byte[] bytes = cache.get(name);
      if (bytes == null) {
        try (InputStream in = loader.getResourceAsStream(name)) {
          if (in == null) {
            throw new IOException("class-path resource vanished: " + name);
          }
          bytes = in.readAllBytes();
        }
        cache.put(name, bytes);
      }
      return bytes;
    }
  }
}
