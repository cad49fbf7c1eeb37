package dev.kiln.test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer received through {@link KilnClient}, with readers for its status, headers, JSON
 * body (whole or by RFC 6901 pointer) and RFC 9457 problem {@code errors} items. For fluent
 * assertions use {@link KilnAssertions#assertThat(KilnResponse)}.
 */
public final class KilnResponse {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String method;
  private final String path;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] bytes;

  /**
   * An answer to {@code method path}.
   *
   * @param method the request method, e.g. {@code GET}
   * @param path the request target as sent: raw path and query, e.g. {@code /items/1?q=a}
   * @param status the status code
   * @param headers the response headers
   * @param bytes the body as received ({@code byte[0]} if none)
   */
  public KilnResponse(String method, String path, int status, HttpHeaders headers, byte[] bytes) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.bytes = bytes.clone();
  }

  /** The request method. */
  public String method() {
    return method;
  }

  /** The request target: raw path and query as sent. */
  public String path() {
    return path;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** Every response header. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of the header {@code name} (case-insensitive), or {@code null}. */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The {@code Content-Type} header, or {@code null}. */
  public String contentType() {
    return header("Content-Type");
  }

  /** The body as received. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The body as UTF-8 text ({@code ""} if none). */
  public String body() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The body parsed as JSON.
   *
   * @throws tools.jackson.core.JacksonException if it is not JSON
   */
  public JsonNode json() {
    return MAPPER.readTree(bytes);
  }

  /**
   * The value at the RFC 6901 {@code pointer} of the JSON body (e.g. {@code /items/0/id}); a
   * missing node ({@link JsonNode#isMissingNode()}) if there is none.
   */
  public JsonNode json(String pointer) {
    return json().at(pointer);
  }

  /** The {@code errors} items of an RFC 9457 problem body; empty if it has none. */
  public List<JsonNode> errors() {
    List<JsonNode> items = new ArrayList<>();
    json().path("errors").forEach(items::add);
    return items;
  }

  /** Parses {@code json} as a tree. */
  public static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " " + body();
  }
}
