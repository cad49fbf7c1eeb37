package dev.kiln.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.NewTodo;
import dev.kiln.example.Priority;
import dev.kiln.example.TodosApi;
import dev.kiln.example.TodosController;
import dev.kiln.example.TodosController_Routes;
import dev.kiln.example.board.BoardSettings;
import dev.kiln.example.board.TodoBoardController;
import dev.kiln.it.apps.clients.LatchedTodos;
import dev.kiln.it.apps.clients.LatchedTodos_Routes;
import dev.kiln.it.support.TestApp;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The example app's to-do board ({@code GET /board/todos}) calls its upstreams concurrently
 * through the generated {@code TodoFeed_Client}, answers 504 when one is slow, and cancelling
 * its stage closes the upstream connections still open.
 */
class TodoBoardIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final List<KilnServer> servers = new ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(server -> server.stop(Duration.ZERO));
  }

  @Test
  void theUpstreamCallsOverlap() throws Exception {
    int upstreams = 3;
    // each upstream answers only once all of them have been called: sequential calls would
    // leave the first waiting, the board would then answer 504 after the call timeout
    CountDownLatch allCalled = new CountDownLatch(upstreams);
    List<URI> uris = new ArrayList<>();
    for (int i = 0; i < upstreams; i++) {
      uris.add(serve(new LatchedTodos("todo " + i, allCalled)));
    }
    KilnServer board = start(new BoardSettings(uris, Duration.ofSeconds(20)));

    HttpResponse<String> answer = get(board, "/board/todos?done=false");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("[" + String.join(",",
        entry(uris.get(0), "todo 0"), entry(uris.get(1), "todo 1"), entry(uris.get(2), "todo 2"))
        + "]");
  }

  @Test
  void theBoardCombinesRealExampleApps() throws Exception {
    TodosController first = new TodosController();
    first.create(new NewTodo("milk", Priority.NORMAL, 0, List.of()));
    URI a = serve(first);
    URI b = serve(new TodosController());
    KilnServer board = start(new BoardSettings(List.of(a, b), Duration.ofSeconds(5)));

    HttpResponse<String> answer = get(board, "/board/todos");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("[{\"upstream\":\"" + a + "\",\"todos\":[{\"id\":1,"
        + "\"title\":\"milk\",\"priority\":\"NORMAL\",\"points\":0,\"tags\":[],\"done\":false}]},"
        + "{\"upstream\":\"" + b + "\",\"todos\":[]}]");
  }

  @Test
  void aSlowUpstreamAnswers504() throws Exception {
    CountDownLatch never = new CountDownLatch(2); // its own call counts one: it waits
    URI fast = serve(new TodosController());
    URI slow = serve(new LatchedTodos("late", never));
    try {
      KilnServer board = start(new BoardSettings(List.of(fast, slow), Duration.ofMillis(300)));

      HttpResponse<String> answer = get(board, "/board/todos");

      assertThat(answer.statusCode()).isEqualTo(504);
      assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(answer.body()).contains("\"status\":504")
          .contains("The upstream call GET " + slow + "/todos?limit=100 got no answer within "
              + "300 ms.");
    } finally {
      never.countDown();
    }
  }

  @Test
  void cancellingTheBoardsStageClosesTheUpstreamConnections() throws Exception {
    try (ServerSocket upstream = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      URI uri = URI.create("http://127.0.0.1:" + upstream.getLocalPort());
      TodoBoardController board =
          new TodoBoardController(new BoardSettings(List.of(uri), Duration.ofSeconds(30)));

      CompletableFuture<?> stage = board.todos(Optional.empty()).toCompletableFuture();
      try (Socket call = upstream.accept()) {
        call.setSoTimeout(20_000); // only bounds a failing test
        InputStream in = call.getInputStream();
        assertThat(new String(in.readNBytes(14))).isEqualTo("GET /todos?lim");
        stage.cancel(true);

        int read;
        do {
          read = in.read(); // the rest of the request, then the end of the stream
        } while (read >= 0);
        assertThat(read).isEqualTo(-1);
      }
      assertThat(stage).isCancelled();
    }
  }

  private KilnServer start(BoardSettings settings) throws IOException {
    TestApp app = TestApp.start(settings);
    servers.add(app);
    return app;
  }

  private URI serve(TodosApi todos) throws IOException {
    KilnServer server = KilnServer.builder().host("127.0.0.1").port(0)
        .routes(todos instanceof TodosController
            ? new TodosController_Routes((TodosController) todos)
            : new LatchedTodos_Routes((LatchedTodos) todos))
        .start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.port());
  }

  private static String entry(URI upstream, String title) {
    return "{\"upstream\":\"" + upstream + "\",\"todos\":[{\"id\":1,\"title\":\"" + title
        + "\",\"priority\":\"NORMAL\",\"points\":0,\"tags\":[],\"done\":false}]}";
  }

  private static HttpResponse<String> get(KilnServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
