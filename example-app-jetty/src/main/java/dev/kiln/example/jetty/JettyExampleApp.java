package dev.kiln.example.jetty;

import dev.kiln.example.ExampleApp;
import dev.kiln.server.jetty.KilnJetty;
import java.io.IOException;

/**
 * The example app on Jetty 12 ({@link KilnJetty}): {@code java -jar kiln-example-app-jetty.jar}
 * serves every route on {@code HOST}:{@code PORT}; with the argument {@code bench}, only the
 * bench routes (BenchApp).
 */
public final class JettyExampleApp {
  private JettyExampleApp() {}

  /** Runs the app (or, with {@code bench}, the bench routes) until SIGTERM. */
  public static void main(String[] args) throws IOException {
    ExampleApp.main(args, KilnJetty.provider());
  }
}
