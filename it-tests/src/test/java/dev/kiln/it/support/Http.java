package dev.kiln.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.test.KilnClient;
import dev.kiln.test.KilnResponse;
import dev.kiln.test.KilnTest;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks real HTTP/1.1 to a Kiln server on 127.0.0.1: requests through kiln-test's {@link
 * KilnClient} (contract-checked for the example app), raw exchanges on a {@link Socket} (not
 * checked: they test the protocol, not the API), and exact comparison of JSON answers as trees.
 */
public final class Http {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern CONTENT_LENGTH =
      Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

  /**
   * The example app's demo bearer token for the Petstore's {@code petstore_auth} (every scope):
   * what its {@code /pet} operations require.
   */
  public static final List<String> PETSTORE_TOKEN =
      List.of("Authorization", "Bearer special-key");
  /** The example app's demo key for the Petstore's {@code api_key} ({@code /store/inventory}). */
  public static final List<String> PETSTORE_API_KEY = List.of("api_key", "special-key");

  private final KilnClient client;
  /** Headers sent with every request (name, value, ...), e.g. credentials. */
  private final List<String> always;

  private Http(KilnClient client) {
    this(client, List.of());
  }

  private Http(KilnClient client, List<String> always) {
    this.client = client;
    this.always = List.copyOf(always);
  }

  /**
   * This client, sending {@code headers} (name, value, ... each list) with every request too,
   * e.g. {@code Http.of(app).with(Http.PETSTORE_TOKEN)}.
   */
  @SafeVarargs
  public final Http with(List<String>... headers) {
    List<String> all = new ArrayList<>(always);
    for (List<String> pairs : headers) {
      all.addAll(pairs);
    }
    return new Http(client, all);
  }

  /**
   * A client of the app that {@code app} runs, through kiln-test: every answer is checked against
   * the app's OpenAPI document unless the test is annotated {@code @WithoutContractCheck}.
   */
  public static Http of(KilnTest app) {
    return new Http(app.client());
  }

  /** A client of {@code server} (test-only routes without a document: answers not checked). */
  public static Http of(KilnServer server) {
    return ofPort(server.port());
  }

  /** A client of the server on 127.0.0.1:{@code port}, answers not checked. */
  public static Http ofPort(int port) {
    return new Http(new KilnClient(URI.create("http://127.0.0.1:" + port), null, () -> false));
  }

  /** {@code GET path}. */
  public Response get(String path) {
    return send("GET", path, null, null);
  }

  /** {@code GET path} with extra request headers, given as name, value, name, value, .... */
  public Response get(String path, String... headers) {
    return request("GET", path, null, headers);
  }

  /** {@code DELETE path}. */
  public Response delete(String path) {
    return send("DELETE", path, null, null);
  }

  /** {@code HEAD path} (as a custom method: {@code HttpRequest.Builder.HEAD()} is JDK 18+). */
  public Response head(String path) {
    return send("HEAD", path, null, null);
  }

  /** {@code OPTIONS path}. */
  public Response options(String path) {
    return send("OPTIONS", path, null, null);
  }

  /** {@code POST path} without a body. */
  public Response post(String path) {
    return send("POST", path, null, null);
  }

  /** {@code POST path} with a JSON body. */
  public Response postJson(String path, String json) {
    return send("POST", path, "application/json", json);
  }

  /** {@code PUT path} with a JSON body. */
  public Response putJson(String path, String json) {
    return send("PUT", path, "application/json", json);
  }

  /**
   * Sends {@code method path}; with a {@code body}, also {@code Content-Type: contentType} (none
   * if {@code contentType} is {@code null}).
   */
  public Response send(String method, String path, String contentType, String body) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return contentType == null
        ? request(method, path, bytes) : request(method, path, bytes, "Content-Type", contentType);
  }

  /**
   * Sends {@code method path} with {@code body} ({@code null} for none) and {@code headers}
   * given as name, value pairs (e.g. {@code "Cookie", "user=..."}).
   */
  public Response request(String method, String path, byte[] body, String... headers) {
    String[] sent = headers;
    if (!always.isEmpty()) {
      List<String> all = new ArrayList<>(always);
      all.addAll(List.of(headers));
      sent = all.toArray(new String[0]);
    }
    KilnResponse response = client.request(method, path, body, sent);
    return new Response(response.status(), response.headers(), response.body(),
        response.bytes());
  }

  /**
   * Writes {@code request} (a complete HTTP/1.1 request; use {@code Connection: close}) on a new
   * socket and returns every byte of the answer until the server closes the connection.
   */
  public String raw(String request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", client.port()), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes each of {@code requests} (complete HTTP/1.1 requests, keep-alive) in turn on ONE
   * socket, reading each answer (framed by {@code Content-Length}, or none for 204/304) before
   * sending the next; returns the answers' head and body texts. Fails if the server closes the
   * connection early or frames an answer wrongly.
   */
  public List<String> keepAlive(List<String> requests) {
    List<String> answers = new ArrayList<>();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", client.port()), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
      for (String request : requests) {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String head = readHead(in);
        Matcher length = CONTENT_LENGTH.matcher(head);
        int size = length.find() ? Integer.parseInt(length.group(1)) : 0;
        byte[] body = in.readNBytes(size);
        assertThat(body.length).as("body of answer %s", head).isEqualTo(size);
        answers.add(head + new String(body, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return answers;
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed after: " + head);
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** {@link #request} with a UTF-8 text {@code body}. */
  public Response requestText(String method, String path, String body, String... headers) {
    return request(method, path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** {@code http://127.0.0.1:port}. */
  public String base() {
    return client.baseUri().toString();
  }

  /** Parses {@code json} as a tree. */
  public static JsonNode json(String json) {
    return MAPPER.readTree(json);
  }

  /** A JSON document written with single quotes for readability, e.g. {@code {'id':1}}. */
  public static JsonNode jsonQ(String singleQuoted) {
    return json(singleQuoted.replace('\'', '"'));
  }

  /**
   * An answer.
   *
   * @param status the status code
   * @param headers the response headers
   * @param body the body as UTF-8 text ({@code ""} if none)
   * @param bytes the body as sent
   */
  public record Response(int status, HttpHeaders headers, String body, byte[] bytes) {

    /** The first value of {@code name}, or {@code null}. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The {@code Content-Type}, or {@code null}. */
    public String contentType() {
      return header("Content-Type");
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
      return Http.json(body);
    }

    /**
     * Asserts status, {@code Content-Type} and the whole JSON body (as trees: member order and
     * number spelling do not matter; everything else does). {@code expected} may use single
     * quotes.
     */
    public Response assertJson(int expectedStatus, String expectedType, String expected) {
      assertThat(status).as("status of answer %s", body).isEqualTo(expectedStatus);
      assertThat(contentType()).as("Content-Type").isEqualTo(expectedType);
      assertThat(json()).as("body").isEqualTo(jsonQ(expected));
      return this;
    }

    /** {@link #assertJson} for {@code application/json}. */
    public Response assertOk(int expectedStatus, String expected) {
      return assertJson(expectedStatus, "application/json", expected);
    }

    /** {@link #assertJson} for {@code application/problem+json}. */
    public Response assertProblem(int expectedStatus, String expected) {
      return assertJson(expectedStatus, "application/problem+json", expected);
    }
  }
}
