package dev.kiln.test;

import dev.kiln.runtime.InProcess;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * Sends HTTP/1.1 requests (or, {@linkplain #inProcess in process}, hands them straight) to the
 * application that {@link KilnTest} runs and returns each answer
 * as a {@link KilnResponse}. Unless switched off, every answer is first checked against the
 * application's OpenAPI document ({@link OpenApiContract}); a mismatch throws {@link
 * ContractViolation}, failing the test. Paths are request targets as sent: raw path and query,
 * e.g. {@code /items/1?q=a%20b}. Thread-safe.
 */
public final class KilnClient {
  private final Exchanger exchanger;
  private final OpenApiContract contract;
  private final BooleanSupplier checking;

  /**
   * A client of {@code base} (e.g. {@code http://127.0.0.1:8080}).
   *
   * @param contract the document answers are checked against, or {@code null} for none
   * @param checking asked before each check: whether checking is on (e.g. for the current test)
   */
  public KilnClient(URI base, OpenApiContract contract, BooleanSupplier checking) {
    this(new HttpExchanger(base), contract, checking);
  }

  KilnClient(Exchanger exchanger, OpenApiContract contract, BooleanSupplier checking) {
    this.exchanger = exchanger;
    this.contract = contract;
    this.checking = checking;
  }

  /**
   * A client that hands each request straight to {@code app}'s handler, in process: no socket,
   * the same answers and checks (see {@link KilnTest.Mode#IN_PROCESS}).
   *
   * @param contract the document answers are checked against, or {@code null} for none
   * @param checking asked before each check: whether checking is on (e.g. for the current test)
   */
  public static KilnClient inProcess(InProcess app, OpenApiContract contract,
      BooleanSupplier checking) {
    return new KilnClient(new InProcessExchanger(app.handler()), contract, checking);
  }

  /** The same client without the contract check. */
  public KilnClient unchecked() {
    return new KilnClient(exchanger, null, () -> false);
  }

  /** Whether requests go to the application in process rather than over HTTP. */
  public boolean isInProcess() {
    return exchanger instanceof InProcessExchanger;
  }

  /**
   * The server's base URI, {@code http://host:port}; in process, {@code http://localhost} (the
   * {@code Host} header sent).
   */
  public URI baseUri() {
    return exchanger.baseUri();
  }

  /** The server's port; -1 in process. */
  public int port() {
    return exchanger.baseUri().getPort();
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
    KilnResponse response = exchanger.exchange(method, path, body, headers);
    if (contract != null && checking.getAsBoolean()) {
      contract.verify(response);
    }
    return response;
  }
}
