package dev.kiln.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Sends HTTP/1.1 requests to the application that {@link KilnTest} runs and returns each answer
 * as a {@link KilnResponse}. Unless switched off, every answer is first checked against the
 * application's OpenAPI document ({@link OpenApiContract}); a mismatch throws {@link
 * ContractViolation}, failing the test. Paths are request targets as sent: raw path and query,
 * e.g. {@code /items/1?q=a%20b}. Thread-safe.
 */
public final class KilnClient {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final URI base;
  private final OpenApiContract contract;
  private final BooleanSupplier checking;

  /**
   * A client of {@code base} (e.g. {@code http://127.0.0.1:8080}).
   *
   * @param contract the document answers are checked against, or {@code null} for none
   * @param checking asked before each check: whether checking is on (e.g. for the current test)
   */
  public KilnClient(URI base, OpenApiContract contract, BooleanSupplier checking) {
    this.base = base;
    this.contract = contract;
    this.checking = checking;
  }

  /** The same client without the contract check. */
  public KilnClient unchecked() {
    return new KilnClient(base, null, () -> false);
  }

  /** The server's base URI, {@code http://host:port}. */
  public URI baseUri() {
    return base;
  }

  /** The server's port. */
  public int port() {
    return base.getPort();
  }

  /** {@code GET path} with {@code headers} given as name, value, name, value, .... */
  public KilnResponse get(String path, String... headers) {
    return request("GET", path, null, headers);
  }

  /** {@code HEAD path}. */
  public KilnResponse head(String path, String... headers) {
    return request("HEAD", path, null, headers);
  }

  /** {@code DELETE path}. */
  public KilnResponse delete(String path, String... headers) {
    return request("DELETE", path, null, headers);
  }

  /** {@code OPTIONS path}. */
  public KilnResponse options(String path, String... headers) {
    return request("OPTIONS", path, null, headers);
  }

  /** {@code POST path} with no body. */
  public KilnResponse post(String path, String... headers) {
    return request("POST", path, null, headers);
  }

  /** {@code POST path} with a JSON body ({@code Content-Type: application/json}). */
  public KilnResponse postJson(String path, String json, String... headers) {
    return json("POST", path, json, headers);
  }

  /** {@code PUT path} with a JSON body. */
  public KilnResponse putJson(String path, String json, String... headers) {
    return json("PUT", path, json, headers);
  }

  /** {@code PATCH path} with a JSON body. */
  public KilnResponse patchJson(String path, String json, String... headers) {
    return json("PATCH", path, json, headers);
  }

  private KilnResponse json(String method, String path, String json, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return request(method, path, json.getBytes(StandardCharsets.UTF_8), all);
  }

  /**
   * Sends {@code method path} with {@code body} ({@code null} for none) and {@code headers} as
   * name, value pairs, then checks the answer against the contract.
   *
   * @throws ContractViolation if the answer breaks the OpenAPI document
   * @throws UncheckedIOException if the exchange fails
   */
  public KilnResponse request(String method, String path, byte[] body, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers come as name, value pairs");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    KilnResponse response;
    try {
      HttpResponse<byte[]> answer = HTTP.send(request.build(),
          HttpResponse.BodyHandlers.ofByteArray());
      response = new KilnResponse(method, path, answer.statusCode(), answer.headers(),
          answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + method + " " + path, e);
    }
    if (contract != null && checking.getAsBoolean()) {
      contract.verify(response);
    }
    return response;
  }
}
