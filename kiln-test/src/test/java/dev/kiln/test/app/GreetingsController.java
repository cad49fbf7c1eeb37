package dev.kiln.test.app;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Status;
import dev.kiln.annotations.Produces;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** kiln-test's test app: greetings in memory, and one route that breaks its document. */
@Path("/greetings")
public final class GreetingsController {
  private final List<Greeting> greetings = new ArrayList<>();

  /** Every greeting, oldest first. */
  @Get
  public synchronized List<Greeting> list() {
    return List.copyOf(greetings);
  }

  /** Stores {@code text} as a new greeting. */
  @Post
  @Status(201)
  public synchronized Greeting add(Greeting greeting) {
    Greeting stored = new Greeting(greetings.size() + 1, greeting.text());
    greetings.add(stored);
    return stored;
  }

  /** Every greeting's text, one a line, streamed (chunked). */
  @Get("/lines")
  @Produces("text/plain; charset=utf-8")
  public synchronized InputStream lines() {
    StringBuilder text = new StringBuilder();
    greetings.forEach(greeting -> text.append(greeting.text()).append('\n'));
    return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Fails: an unmapped exception, answered 500. */
  @Get("/failing")
  public Greeting failing() {
    throw new IllegalStateException("planted failure");
  }

  /** The greeting {@code id}; its text is {@code null}, which the document does not allow. */
  @Get("/{id}/broken")
  public Greeting broken(int id) {
    return new Greeting(id, null);
  }
}
