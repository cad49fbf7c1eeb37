package com.example.quickstart;

import dev.kiln.runtime.KilnServer;
import java.io.IOException;

/** The quick-start application: {@code java -jar target/quickstart.jar} (PORT, default 8080). */
public final class App {
  private App() {}

  /** Starts the server on 127.0.0.1:{@code port} (0 picks a free port). */
  public static KilnServer start(int port) throws IOException {
    return KilnServer.builder()
        .routes(new GreetingsController_Routes(new GreetingsController()))   // generated
        .port(port)
        .shutdownHook(true)
        .start();
  }

  /** Runs until stopped (Ctrl-C or SIGTERM stop it gracefully); Kiln prints where it listens. */
  public static void main(String[] args) throws IOException {
    start(Integer.parseInt(System.getenv().getOrDefault("PORT", "8080")));
  }
}
