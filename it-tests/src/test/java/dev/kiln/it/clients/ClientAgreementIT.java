package dev.kiln.it.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kiln.client.ApiException;
import dev.kiln.client.CallTimeoutException;
import dev.kiln.client.ClientConfig;
import dev.kiln.client.TransportException;
import dev.kiln.it.apps.clients.Echo;
import dev.kiln.it.apps.clients.EchoApi;
import dev.kiln.it.apps.clients.EchoApi_Client;
import dev.kiln.it.apps.clients.EchoController;
import dev.kiln.it.apps.clients.EchoController_Routes;
import dev.kiln.it.apps.clients.Missing;
import dev.kiln.it.apps.clients.MissingNoteException;
import dev.kiln.it.apps.clients.Note;
import dev.kiln.it.apps.clients.Paging;
import dev.kiln.it.apps.clients.Shade;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link EchoController} serves {@link EchoApi} and the generated {@code EchoApi_Client} calls
 * it over real HTTP: every parameter kind arrives as sent, every answer kind reads back, and
 * failures are the client's typed exceptions.
 */
class ClientAgreementIT {
  private static KilnServer server;
  private static EchoApi echo;

  @BeforeAll
  static void start() throws IOException {
    server = KilnServer.builder().host("127.0.0.1").port(0)
        .routes(new EchoController_Routes(new EchoController()))
        .exceptionHandler(MissingNoteException.class, MissingNoteException::answer).start();
    echo = new EchoApi_Client(ClientConfig.builder(URI.create("http://127.0.0.1:" + server.port()))
        .header("X-Trace", "default trace")
        .build());
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  @Test
  void everyParameterKindArrivesAsSent() {
    UUID id = UUID.randomUUID();
    LocalDateTime at = LocalDateTime.of(2026, 1, 31, 13, 45);

    Echo answer = echo.params("a b/ç?", id, 7, List.of("x", "y&z"), Optional.of(Shade.VERY_DARK),
        List.of(Shade.LIGHT, Shade.VERY_DARK), "trace 1", List.of("h1", "h2"),
        Optional.of("s3cr3t"), Optional.of(at), new Paging("eu-west", 4_000_000_000L));

    assertThat(answer).isEqualTo(new Echo("a b/ç?", id, 7, List.of("x", "y&z"), Shade.VERY_DARK,
        List.of(Shade.LIGHT, Shade.VERY_DARK), "trace 1", List.of("h1", "h2"), "s3cr3t", at,
        "eu-west", 4_000_000_000L));
  }

  @Test
  void absentOptionalsAndEmptyListsAreNotSent() {
    UUID id = UUID.randomUUID();

    Echo answer = echo.params("n", id, 0, List.of(), Optional.empty(), List.of(), "t", List.of(),
        Optional.empty(), Optional.empty(), new Paging("r", 1));

    assertThat(answer).isEqualTo(new Echo("n", id, 0, List.of(), null, List.of(), "t", List.of(),
        null, null, "r", 1));
  }

  @Test
  void bodiesOfEveryKind() {
    Note note = new Note("hello wörld & co", 5, List.of("a", "b c"));

    assertThat(echo.json(note)).isEqualTo(note);
    assertThat(echo.form(note)).isEqualTo(note);
    assertThat(echo.bytes(new byte[] {0, 1, (byte) 0xff})).containsExactly(0, 1, 0xff);
    assertThat(echo.stream(new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("streamed");
  }

  @Test
  void answersOfEveryKind() throws Exception {
    assertThat(echo.maybe(1)).contains(new Note("one", 1, List.of()));
    assertThat(echo.maybe(2)).isEmpty();
    assertThat(echo.async(9).get()).isEqualTo(new Note("async 9", 9, List.of()));
    Response<Note> response = echo.response();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("x-count", "3");
    assertThat(response.body()).isEqualTo(new Note("counted", 3, List.of()));
    echo.delete(3);
  }

  @Test
  void aRefusedBodyIsAnApiExceptionWithTheProblemsErrors() {
    ApiException e = catchThrowableOfType(ApiException.class,
        () -> echo.json(new Note("", 1, List.of())));

    assertThat(e.status()).isEqualTo(422);
    assertThat(e.header("Content-Type")).contains("application/problem+json");
    assertThat(e.problem()).hasValueSatisfying(problem -> {
      assertThat(problem.status()).isEqualTo(422);
      assertThat(problem.instance()).isEqualTo("/echo/json");
    });
    assertThat(e.errors()).containsExactly(new RequestError(ParamIn.BODY, "/text", null,
        "size must be between 1 and 20", "size", false));
    assertThat(e.declaredResponse()).isEmpty();
  }

  @Test
  void aDeclaredErrorResponseIsReadableFromTheException() {
    ApiException e = catchThrowableOfType(ApiException.class, () -> echo.limited());

    assertThat(e.status()).isEqualTo(429);
    assertThat(e.declaredResponse()).contains("Slow down.");
    assertThat(e.header("Retry-After")).contains("7");
    assertThat(e.problem().orElseThrow().detail()).isEqualTo("Too many calls.");
  }

  @Test
  void aDeclaredBodyIsReadableAsItsTypeFromTheException() {
    assertThat(echo.note(1)).isEqualTo(new Note("one", 1, List.of()));
    ApiException e = catchThrowableOfType(ApiException.class, () -> echo.note(5));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.header("Content-Type")).contains("application/json");
    assertThat(e.declaredResponse()).contains("No such note.");
    assertThat(e.declaredBodyType()).contains(Missing.class);
    assertThat(e.body(Missing.class)).contains(new Missing(5, "never written"));
    assertThat(e.body(Note.class)).isEmpty();
    assertThat(e.problem()).isEmpty();
  }

  @Test
  void aProblemUnderADeclaredStatusHasNoDeclaredBody() {
    ApiException e = catchThrowableOfType(ApiException.class, () -> echo.note(0));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.declaredBodyType()).contains(Missing.class);
    assertThat(e.body(Missing.class)).isEmpty();
    assertThat(e.problem().orElseThrow().detail()).isEqualTo("No note 0.");
  }

  @Test
  void aBodyThatIsNotTheDeclaredTypeIsATransportExceptionWhenRead() {
    ApiException e = catchThrowableOfType(ApiException.class, () -> echo.note(2));

    assertThat(e.status()).isEqualTo(404);
    TransportException failure = catchThrowableOfType(TransportException.class,
        () -> e.body(Missing.class));
    assertThat(failure).hasMessageStartingWith("GET http://127.0.0.1:" + server.port()
        + "/echo/notes/2: the 404 answer is not the declared Missing: the answer does not have "
        + "the declared shape:");
  }

  @Test
  void aRefusedConnectionIsATransportException() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    EchoApi closed = new EchoApi_Client(ClientConfig.of(URI.create("http://127.0.0.1:" + port)));

    TransportException e = catchThrowableOfType(TransportException.class, () -> closed.maybe(1));

    assertThat(e.operation()).isEqualTo("GET http://127.0.0.1:" + port + "/echo/maybe/1");
    assertThat(e).isNotInstanceOf(CallTimeoutException.class);
  }

  @Test
  void noAnswerInTimeIsACallTimeoutException() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      EchoApi slow = new EchoApi_Client(ClientConfig
          .builder(URI.create("http://127.0.0.1:" + silent.getLocalPort()))
          .requestTimeout(Duration.ofMillis(200))
          .build());

      CallTimeoutException e = catchThrowableOfType(CallTimeoutException.class,
          () -> slow.maybe(1));

      assertThat(e.timeout()).isEqualTo(Duration.ofMillis(200));
      assertThat(e.operation()).endsWith("/echo/maybe/1");
    }
  }

  @Test
  void anAnswerThatIsNotTheDeclaredJsonIsATransportException() throws Exception {
    try (ServerSocket fake = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answerer = new Thread(() -> {
        try (Socket socket = fake.accept()) {
          socket.getInputStream().read(new byte[4096]);
          socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Content-Length: 12\r\nConnection: close\r\n\r\n{\"text\": 5}\n")
              .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
          // the test fails on the client side
        }
      });
      answerer.start();
      EchoApi odd = new EchoApi_Client(
          ClientConfig.of(URI.create("http://127.0.0.1:" + fake.getLocalPort())));

      TransportException e = catchThrowableOfType(TransportException.class, () -> odd.maybe(1));

      assertThat(e).hasMessageContaining("the answer does not have the declared shape: /text");
      answerer.join(10_000);
    }
  }
}
