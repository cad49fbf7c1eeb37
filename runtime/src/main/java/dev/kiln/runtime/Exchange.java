package dev.kiln.runtime;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.generated.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One request and its response, where a user's code touches them (an {@link ExceptionHandler}, a
 * hand-written route): the request's path, query parameters, headers, cookies and body, and the
 * methods that write the response. One instance per request, used by one thread; every response is
 * written once.
 */
public interface Exchange {

  /** The underlying JDK exchange, for what Kiln does not wrap. */
  HttpExchange http();

  /** The request path as sent (still percent-encoded), e.g. {@code /items/42}. */
  String rawPath();

  /**
   * The decoded value of the first query parameter {@code name}, or {@code null} if absent. A
   * malformed percent-encoding is recorded as an {@code invalid_format} error of the request and
   * yields {@code null}.
   */
  String queryParam(String name);

  /**
   * The values of every query parameter {@code name} in order (empty if absent); see {@link
   * #queryParam}.
   */
  List<String> queryParams(String name);

  /** The first value of the request header {@code name} (case-insensitive), or {@code null}. */
  String header(String name);

  /**
   * Every value of the request header {@code name}, split at commas as RFC 9110 section 5.3
   * allows for list-valued fields, trimmed; empty if absent.
   */
  List<String> headers(String name);

  /**
   * The value of the cookie {@code name} from the {@code Cookie} header (RFC 6265 section 5.4:
   * {@code a=1; b=2}), with surrounding double quotes removed, or {@code null} if absent.
   */
  String cookie(String name);

  /**
   * The request body, limited to the server's maximum body size: reading past it throws a
   * {@link ProblemException} responding 413 (as does a {@code Content-Length} above it, before
   * anything is read). Use this rather than {@code http().getRequestBody()}, which has no limit.
   * Closing it is optional: the server closes the request after the response.
   */
  InputStream requestBody();

  /** Whether a response has been started (its status line sent). */
  boolean responded();

  /**
   * Responds {@code status} with {@code body} of {@code contentType}, framed by {@code
   * Content-Length}; for {@code HEAD} only the headers are sent.
   */
  void respond(int status, String contentType, byte[] body) throws IOException;

  /** Responds {@code status} with {@code text} as {@code text/plain; charset=utf-8}. */
  void respondText(int status, String text) throws IOException;

  /** Responds {@code status} with no content (e.g. 204). */
  void respondEmpty(int status) throws IOException;

  /**
   * Responds {@code status} with {@code value} written as {@code application/json} by {@code
   * writer} (e.g. a generated {@code Item_JsonWriter::write}).
   */
  <T> void respondJson(int status, T value, JsonWriter<T> writer) throws IOException;

  /**
   * Responds {@code status} with the bytes of {@code body}, streamed with chunked framing, and
   * closes it.
   */
  void respondStream(int status, String contentType, InputStream body) throws IOException;

  /**
   * Responds with {@code problem} as {@code application/problem+json} (RFC 9457); its {@code
   * instance} defaults to the request path.
   */
  void respondProblem(Problem problem) throws IOException;
}
