package dev.kiln.example;

import dev.kiln.annotations.Get;

/** {@code GET /hello}: the smallest route, answered as text/plain. */
public final class HelloController {

  /** Greets the world. */
  @Get("/hello")
  public String hello() {
    return "Hello, World!";
  }
}
