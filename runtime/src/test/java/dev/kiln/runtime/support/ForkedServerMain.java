package dev.kiln.runtime.support;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.internal.ServerProperties;
import java.io.IOException;
import java.time.Duration;

/**
 * A Kiln server in its own JVM, for the {@code sun.net.httpserver.*} limits that the JDK reads
 * once per JVM. Prints the effective properties ({@code PROP name=value}) and then {@code PORT
 * n}; stops when its standard input ends. Argument: the maximum number of threads.
 */
public final class ForkedServerMain {
  private ForkedServerMain() {}

  public static void main(String[] args) throws IOException {
    KilnServer server = KilnServer.builder().port(0)
        .maxThreads(Integer.parseInt(args[0]))
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .route(Route.of("POST", "/upload", ex ->
            ex.respondText(200, "read " + ex.requestBody().readAllBytes().length)))
        .start();
    for (String name : ServerProperties.DEFAULTS.keySet()) {
      System.out.println("PROP " + name + "=" + System.getProperty(name));
    }
    System.out.println("PORT " + server.port());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our input
    }
    server.stop(Duration.ZERO);
  }
}
