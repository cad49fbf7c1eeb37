package dev.kiln.example.board;

import dev.kiln.annotations.Client;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.example.Todo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The one operation the board calls on each upstream, asynchronously: {@code GET /todos} of
 * another instance of the app. No controller implements it, so it is not in this app's API
 * document; the processor generates {@code TodoFeed_Client}.
 */
@Client
@Path("/todos")
public interface TodoFeed {
  /** The upstream's to-dos, in id order, at most {@code limit}, filtered by {@code done}. */
  @Get
  CompletableFuture<List<Todo>> list(Optional<Boolean> done, @DefaultValue("100") int limit);
}
