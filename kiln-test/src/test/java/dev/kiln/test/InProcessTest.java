package dev.kiln.test;

import static dev.kiln.test.KilnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import dev.kiln.runtime.KilnServer;
import dev.kiln.test.app.GreetingsController;
import dev.kiln.test.app.GreetingsController_Routes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The in-process mode, chosen with {@link TestMode}: the application's hooks run, its answers are
 * checked, and no socket is opened (its provider refuses to make a server, and the process's
 * open sockets are the same before and after).
 */
@TestMode(KilnTest.Mode.IN_PROCESS)
class InProcessTest {
  private static final List<String> HOOKS = new ArrayList<>();
  private static Set<String> socketsBefore;

  @RegisterExtension
  static final KilnTest APP = KilnTest.of(() -> KilnServer.builder()
      .provider(new RefusingProvider())
      .routes(new GreetingsController_Routes(new GreetingsController()))
      .onStart(() -> HOOKS.add("start")));

  @BeforeAll
  static void recordSockets() throws IOException {
    socketsBefore = openSockets();
  }

  @Test
  void answersWithoutAServer(KilnClient client) {
    assertThat(HOOKS).containsExactly("start");
    assertThat(client.isInProcess()).isTrue();
    assertThat(client.postJson("/greetings", "{\"id\":0,\"text\":\"in process\"}"))
        .hasStatus(201)
        .hasHeader("Content-length", "28")
        .hasJsonAt("/text", "in process");
    assertThat(client.get("/greetings/lines")).hasStatus(200)
        .hasHeader("Transfer-encoding", "chunked")
        .hasContentType("text/plain; charset=utf-8");
    String length = Integer.toString(client.get("/greetings").bytes().length);
    assertThat(client.head("/greetings")).hasStatus(200).hasHeader("Content-Length", length);
    assertThat(client.head("/greetings").bytes()).isEmpty();
  }

  @Test
  void checksTheContractAsOverTheWire(KilnClient client) {
    assertThatThrownBy(() -> client.get("/greetings/2/broken"))
        .isInstanceOf(ContractViolation.class)
        .hasMessageContaining("GET /greetings/{id}/broken answered 200: at /text: rule type: "
            + "null found, string expected");
    // a 500 is not in the document: a bug, which the check reports
    assertThatThrownBy(() -> client.get("/greetings/failing"))
        .isInstanceOf(ContractViolation.class)
        .hasMessageContaining("GET /greetings/failing answered 500: rule status");
    assertThat(client.unchecked().get("/greetings/failing")).isProblem(500);
  }

  @Test
  void hasNoServerToInject() {
    assertThatThrownBy(APP::server).isInstanceOf(IllegalStateException.class)
        .hasMessage("In process the application has no server.");
  }

  @Test
  void opensNoSocket(KilnClient client) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux only");
    for (int i = 0; i < 20; i++) {
      client.get("/greetings");
    }
    assertThat(openSockets()).isSubsetOf(socketsBefore);
  }

  /** The sockets the process has open (Linux: the {@code socket:[inode]} links of its fds). */
  private static Set<String> openSockets() throws IOException {
    if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
      return Set.of();
    }
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.map(InProcessTest::link).filter(link -> link.startsWith("socket:"))
          .collect(Collectors.toSet());
    }
  }

  private static String link(Path fd) {
    try {
      return Files.readSymbolicLink(fd).toString();
    } catch (IOException e) {
      return ""; // closed meanwhile
    }
  }

  /** A provider that makes no server: starting the application on it would fail. */
  static final class RefusingProvider extends HttpServerProvider {
    @Override
    public HttpServer createHttpServer(InetSocketAddress address, int backlog) {
      throw new UnsupportedOperationException("no server in process");
    }

    @Override
    public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) {
      throw new UnsupportedOperationException("no server in process");
    }
  }
}
