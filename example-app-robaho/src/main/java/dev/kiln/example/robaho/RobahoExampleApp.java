package dev.kiln.example.robaho;

import dev.kiln.example.ExampleApp;
import dev.kiln.server.robaho.KilnRobaho;
import java.io.IOException;

/**
 * The example app on robaho's httpserver ({@link KilnRobaho}): {@code java -jar kiln-example-app-robaho.jar}
 * serves every route on {@code HOST}:{@code PORT}; with the argument {@code bench}, only the
 * bench routes (BenchApp).
 */
public final class RobahoExampleApp {
  private RobahoExampleApp() {}

  /** Runs the app (or, with {@code bench}, the bench routes) until SIGTERM. */
  public static void main(String[] args) throws IOException {
    ExampleApp.main(args, KilnRobaho.provider());
  }
}
