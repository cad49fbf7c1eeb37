package dev.kiln.runtime.support;

import dev.kiln.runtime.Docs;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.internal.InternalFixtures;
import dev.kiln.runtime.web.StaticFiles;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Kiln server in its own JVM, for the {@code sun.net.httpserver.*} limits that the JDK reads
 * once per JVM and for the take-down tests. Prints the effective properties ({@code PROP
 * name=value}), the connection cap ({@code CAP n}) and then {@code PORT n}; stops when its standard input ends. Arguments: the
 * maximum number of threads, and optionally the maximum number of connections.
 *
 * <p>Routes: {@code GET /hello}; {@code POST /upload} (reads the body); {@code GET /fds} (the
 * number of open file descriptors, from {@code /proc/self/fd}); {@code GET /big} (a 1.6 MB
 * {@code byte[]} answer); {@code GET /files/big.bin} (the same as a static file); {@code GET /oom}
 * (throws an {@link OutOfMemoryError}); the docs with the real Swagger UI bundle at {@code
 * /docs/swagger-ui-bundle.js}.
 */
public final class ForkedServerMain {
  public static final int BIG = 1_600_000;
  private static final Path DOCS = Path.of(System.getProperty("java.io.tmpdir"),
      "kiln-forked-docs-" + ProcessHandle.current().pid());
  private static final Path FILES = Path.of(System.getProperty("java.io.tmpdir"),
      "kiln-forked-files-" + ProcessHandle.current().pid());

  private ForkedServerMain() {}

  public static void main(String[] args) throws IOException {
    byte[] big = new byte[BIG];
    Files.createDirectories(FILES);
    Files.write(FILES.resolve("big.bin"), big);
    KilnServer.Builder builder = KilnServer.builder().port(0)
        .maxThreads(Integer.parseInt(args[0]))
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .route(Route.of("POST", "/upload", ex ->
            ex.respondText(200, "read " + ex.requestBody().readAllBytes().length)))
        .route(Route.of("GET", "/fds", ex -> ex.respondText(200, Integer.toString(
            new File("/proc/self/fd").list().length))))
        .route(Route.of("GET", "/big", ex -> ex.respond(200, "application/octet-stream", big)))
        .routes(StaticFiles.directory("/files", FILES))
        .route(Route.of("GET", "/oom", ex -> {
          throw new OutOfMemoryError("Java heap space (thrown by the test route)");
        }))
        .docs(Docs.defaults().redoc(false).classLoader(documentLoader(DOCS)));
    if (args.length > 1) {
      builder.maxConnections(Integer.parseInt(args[1]));
    }
    KilnServer server = builder.start();
    for (String name : InternalFixtures.serverPropertyNames()) {
      System.out.println("PROP " + name + "=" + System.getProperty(name));
    }
    System.out.println("CAP " + System.getProperty(InternalFixtures.maxConnectionsProperty()));
    System.out.println("PORT " + server.port());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our input
    }
    server.stop(Duration.ZERO);
    Files.delete(DOCS.resolve(Docs.DOCUMENT));
    Files.delete(FILES.resolve("big.bin"));
    Files.delete(FILES);
  }

  /** This class path plus a directory holding an OpenAPI document, for {@link Docs}. */
  private static ClassLoader documentLoader(Path dir) throws IOException {
    Path document = dir.resolve(Docs.DOCUMENT);
    Files.createDirectories(document.getParent());
    Files.write(document, "{\"openapi\":\"3.1.0\"}".getBytes(StandardCharsets.UTF_8));
    return new URLClassLoader(new URL[] {dir.toUri().toURL()},
        ForkedServerMain.class.getClassLoader());
  }
}
