package dev.kiln.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.json.JsonFactory;

/**
 * A {@link ForkedServerMain} in its own JVM, started with the given JVM options; {@link #close}
 * ends its standard input and waits for it to stop.
 */
public final class ForkedServer implements AutoCloseable {
  public final Process process;
  public final int port;
  public final Map<String, String> properties = new LinkedHashMap<>();
  private final Path stderr;
  /** The value of {@code jdk.httpserver.maxConnections} in force. */
  public String maxConnections;

  public ForkedServer(int maxThreads, String... jvmOptions) throws Exception {
    this(List.of(Integer.toString(maxThreads)), jvmOptions);
  }

  /** {@code arguments}: {@link ForkedServerMain}'s (maximum threads, maximum connections). */
  public ForkedServer(List<String> arguments, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, location(KilnServer.class),
        location(JsonFactory.class), location(ForkedServerMain.class), swaggerUiJar()));
    command.add(ForkedServerMain.class.getName());
    command.addAll(arguments);
    stderr = Files.createTempFile("kiln-forked", ".err");
    stderr.toFile().deleteOnExit();
    process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    int found = -1;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("PROP ")) {
        int eq = line.indexOf('=');
        properties.put(line.substring(5, eq), line.substring(eq + 1));
      } else if (line.startsWith("CAP ")) {
        maxConnections = line.substring(4);
      } else if (line.startsWith("PORT ")) {
        found = Integer.parseInt(line.substring(5));
        break;
      }
    }
    assertThat(found).as("the forked server's port; its standard error: %s",
        Files.readString(stderr)).isPositive();
    port = found;
  }

  /** The forked server's standard error so far. */
  public String stderr() throws IOException {
    return Files.readString(stderr);
  }

  /** Answers {@code GET path} on a new connection: the body, or fails on another status. */
  public String get(String path) throws IOException {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      RawResponse response = RawResponse.read(socket.getInputStream(), false);
      assertThat(response.status).as("GET %s: %s", path, response).isEqualTo(200);
      return response.body;
    }
  }

  /** The jar of {@code org.webjars:swagger-ui} (a test dependency). */
  private static String swaggerUiJar() throws Exception {
    String url = ForkedServer.class.getClassLoader()
        .getResource("META-INF/maven/org.webjars/swagger-ui/pom.properties").toString();
    return Path.of(java.net.URI.create(url.substring("jar:".length(), url.indexOf("!/"))))
        .toString();
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  public Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    return socket;
  }

  /** Sends {@code request} on a new connection: the answer's status, or -1 if it was closed unanswered. */
  public int status(String request) throws IOException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      try {
        return RawResponse.read(socket.getInputStream(), false).status;
      } catch (IOException e) {
        if (e instanceof SocketTimeoutException) {
          throw e;
        }
        return -1; // closed (or reset) without an answer
      }
    }
  }

  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
