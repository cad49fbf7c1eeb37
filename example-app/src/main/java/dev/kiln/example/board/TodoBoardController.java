package dev.kiln.example.board;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Timeout;
import dev.kiln.client.Calls;
import dev.kiln.client.ClientConfig;
import dev.kiln.example.Todo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The to-do board: the to-dos of several upstreams (other instances of the app, from {@link
 * BoardSettings}), fetched concurrently through the generated {@code TodoFeed_Client} and
 * answered together. All or nothing: an upstream that does not answer within the call timeout
 * makes the answer a 504, one that fails a 502 (the other calls are then cancelled).
 */
@Path("/board")
public final class TodoBoardController {
  private final List<URI> upstreams;
  private final List<TodoFeed> feeds = new ArrayList<>();

  /** A board over the upstreams of {@code settings}. */
  public TodoBoardController(BoardSettings settings) {
    this.upstreams = settings.upstreams();
    for (URI upstream : upstreams) {
      feeds.add(new TodoFeed_Client(ClientConfig.builder(upstream)
          .connectTimeout(settings.callTimeout())
          .requestTimeout(settings.callTimeout())
          .build()));
    }
  }

  /**
   * The to-dos of every upstream, in the configured order, those whose done flag equals {@code
   * done} when it is given (at most 100 per upstream). The upstreams are called at once; the
   * whole answer takes at most 10 seconds.
   */
  @Get("/todos")
  @Timeout(10)
  @ApiResponse(status = 502, description = "An upstream failed or answered with an error.")
  @ApiResponse(status = 503, description = "The upstreams took more than 10 seconds in all.")
  @ApiResponse(status = 504, description = "An upstream did not answer within the call timeout.")
  public CompletionStage<List<UpstreamTodos>> todos(Optional<Boolean> done) {
    List<CompletableFuture<List<Todo>>> calls = new ArrayList<>();
    for (TodoFeed feed : feeds) {
      calls.add(feed.list(done, 100));
    }
    return Calls.all(calls, lists -> {
      List<UpstreamTodos> board = new ArrayList<>();
      for (int i = 0; i < lists.size(); i++) {
        board.add(new UpstreamTodos(upstreams.get(i).toString(), lists.get(i)));
      }
      return board;
    });
  }
}
