package dev.kiln.runtime.filter;

import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.function.UnaryOperator;

/** A server started for one test class, and requests to it. */
final class FilterServer implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  final KilnServer server;

  private FilterServer(KilnServer server) {
    this.server = server;
  }

  static FilterServer start(UnaryOperator<KilnServer.Builder> configure) throws IOException {
    return new FilterServer(configure.apply(KilnServer.builder().port(0)).start());
  }

  /** A request builder for {@code path}. */
  /** Requests to an already started {@code server}. */
  static FilterServer wrap(KilnServer server) {
    return new FilterServer(server);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
  }

  @Override
  public void close() {
    server.close();
  }
}
