package dev.kiln.example;

import com.sun.net.httpserver.spi.HttpServerProvider;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;

/**
 * The benchmark entry point: exactly the three routes of the shared bench contract ({@code GET
 * /hello}, {@code GET /items/{id}}, {@code POST /items}) on the same runtime as {@link
 * ExampleApp}, with nothing else registered. Run it from the same jar with {@code java -cp
 * kiln-example-app.jar dev.kiln.example.BenchApp}; it reads {@code HOST} (default 127.0.0.1) and
 * {@code PORT} (default 8080) and stops gracefully on SIGTERM.
 */
public final class BenchApp {
  private BenchApp() {}

  /** Starts the bench routes on {@code host}:{@code port} (0 picks a free port). */
  public static KilnServer start(String host, int port) throws IOException {
    return start(host, port, null);
  }

  /** Starts the bench routes on {@code provider}'s server ({@code null}: the JDK's own). */
  public static KilnServer start(String host, int port, HttpServerProvider provider)
      throws IOException {
    return builder().provider(provider).host(host).port(port).start();
  }

  /**
   * The bench routes as an application, not started: to start, or to mount into another ({@link
   * ExampleApp} mounts it at {@code /bench}).
   */
  public static KilnServer.Builder builder() {
    return KilnServer.builder()
        .routes(new HelloController_Routes(new HelloController()),
            new ItemsController_Routes(new ItemsController()));
  }

  /** Runs the bench routes; reads {@code HOST} and {@code PORT} from the environment. */
  public static void main(String[] args) throws IOException {
    ExampleApp.serve(BenchApp::start, null);
  }

  /** Runs the bench routes on {@code provider}'s server, as {@link #main} does on the JDK's. */
  public static void serve(HttpServerProvider provider) throws IOException {
    ExampleApp.serve(BenchApp::start, provider);
  }
}
