package dev.kiln.example.robaho;

import dev.kiln.example.BenchApp;
import dev.kiln.example.ExampleApp;
import dev.kiln.server.robaho.KilnRobaho;
import java.io.IOException;

/**
 * The example app on robaho's httpserver ({@link KilnRobaho}): {@code java -jar kiln-example-app-robaho.jar}
 * serves every route on {@code HOST}:{@code PORT}; with the argument {@code bench}, only the
 * bench routes ({@link BenchApp}).
 */
public final class RobahoExampleApp {
  private RobahoExampleApp() {}

  /** Runs the app (or, with {@code bench}, the bench routes) until SIGTERM. */
  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("bench")) {
      BenchApp.serve(KilnRobaho.provider());
    } else {
      ExampleApp.serve(KilnRobaho.provider());
    }
  }
}
