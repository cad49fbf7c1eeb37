package com.example.quickstart;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Status;

/** Greetings: the quick-start's two endpoints. */
@Path("/greetings")
public final class GreetingsController {

  /** Greets {@code name}, a path variable. */
  @Get("/{name}")
  public Greeting greet(String name) {
    return new Greeting("Hello, " + name + "!");
  }

  /** Creates a greeting from a validated JSON body; a blank name answers 422. */
  @Post
  @Status(201)
  public Greeting create(NewGreeting greeting) {
    return new Greeting("Hello, " + greeting.name() + "!");
  }
}
