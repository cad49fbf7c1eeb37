package dev.kiln.runtime;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.generated.FormInput;
import dev.kiln.runtime.generated.FormReader;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.JsonReader;
import dev.kiln.runtime.generated.JsonWriter;
import dev.kiln.runtime.generated.RequestErrors;
import dev.kiln.runtime.internal.BackgroundTasks;
import dev.kiln.runtime.internal.BodyConfig;
import dev.kiln.runtime.internal.LimitedBody;
import dev.kiln.runtime.internal.MediaTypes;
import dev.kiln.runtime.internal.ProblemWriter;
import dev.kiln.runtime.internal.QueryString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * One request and its answer, as generated route handlers see it: decoded path variables, query
 * parameters, the JSON body, and methods that write the answer. Wraps the JDK's {@link
 * HttpExchange}; one instance per request, used by one thread. While {@link #readJson} runs it is
 * also the {@link JsonInput} the generated reader reads the body from.
 */
public final class Exchange implements JsonInput {
  private final HttpExchange http;
  private final String rawPath;
  private String[] pathValues;
  private final boolean head;
  private final BodyConfig bodyConfig;
  private LimitedBody body;
  private RequestErrors errors;
  private JsonParser bodyParser;
  private boolean responded;

  public Exchange(HttpExchange http, String rawPath) {
    this(http, rawPath, BodyConfig.DEFAULT);
  }

  public Exchange(HttpExchange http, String rawPath, BodyConfig bodyConfig) {
    this.http = http;
    this.rawPath = rawPath;
    this.head = http.getRequestMethod().equals("HEAD");
    this.bodyConfig = bodyConfig;
  }

  /** Sets the value of the path variable at {@code index}; {@code size} variables at most. */
  public void pathValue(int index, String value, int size) {
    if (pathValues == null) {
      pathValues = new String[size];
    }
    pathValues[index] = value;
  }

  /** Forgets the path variable values, as on a new exchange (for the router's benchmark). */
  public void clearPathValues() {
    pathValues = null;
  }

  /** The underlying JDK exchange, for what Kiln does not wrap. */
  public HttpExchange http() {
    return http;
  }

  /** The request path as sent (still percent-encoded), e.g. {@code /items/42}. */
  public String rawPath() {
    return rawPath;
  }

  /** The decoded value of the route's path variable at {@code index} (0 = first variable). */
  public String pathParam(int index) {
    return pathValues[index];
  }

  /**
   * The decoded value of the first query parameter {@code name}, or {@code null} if absent. A
   * malformed percent-encoding is recorded as an {@code invalid_format} error and yields {@code
   * null}.
   */
  public String queryParam(String name) {
    String value = QueryString.first(http.getRequestURI().getRawQuery(), name);
    if (value == QueryString.MALFORMED) {
      errors().add(RequestError.param(ParamIn.QUERY, name, ErrorCodes.INVALID_FORMAT,
          "must be correctly percent-encoded UTF-8", true));
      return null;
    }
    return value;
  }

  /** The values of every query parameter {@code name} in order (empty if absent); see {@link #queryParam}. */
  public List<String> queryParams(String name) {
    List<String> values = QueryString.all(http.getRequestURI().getRawQuery(), name);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == QueryString.MALFORMED) {
        errors().add(RequestError.param(ParamIn.QUERY, name, ErrorCodes.INVALID_FORMAT,
            "must be correctly percent-encoded UTF-8", true));
        return List.of();
      }
    }
    return values;
  }

  /** The first value of the request header {@code name} (case-insensitive), or {@code null}. */
  public String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  /**
   * Every value of the request header {@code name}, split at commas as RFC 9110 section 5.3
   * allows for list-valued fields, trimmed; empty if absent.
   */
  public List<String> headers(String name) {
    List<String> lines = http.getRequestHeaders().get(name);
    if (lines == null) {
      return List.of();
    }
    List<String> values = new java.util.ArrayList<>();
    for (String line : lines) {
      for (String value : line.split(",")) {
        String trimmed = value.trim();
        if (!trimmed.isEmpty()) {
          values.add(trimmed);
        }
      }
    }
    return values;
  }

  /**
   * The value of the cookie {@code name} from the {@code Cookie} header (RFC 6265 section 5.4:
   * {@code a=1; b=2}), with surrounding double quotes removed, or {@code null} if absent.
   */
  public String cookie(String name) {
    List<String> lines = http.getRequestHeaders().get("Cookie");
    if (lines == null) {
      return null;
    }
    for (String line : lines) {
      for (String pair : line.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
          String value = pair.substring(eq + 1).trim();
          if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
          }
          return value;
        }
      }
    }
    return null;
  }

  /** The request's errors found so far (created on first use). */
  @Override
  public RequestErrors errors() {
    if (errors == null) {
      errors = new RequestErrors();
    }
    return errors;
  }

  @Override
  public int errorCount() {
    return errors == null ? 0 : errors.count();
  }

  /**
   * The parser of the JSON body while {@link #readJson} reads it.
   *
   * @throws IllegalStateException outside {@link #readJson}: the {@link JsonInput} methods are
   *     for generated readers, not for reading parameters
   */
  @Override
  public JsonParser parser() {
    if (bodyParser == null) {
      throw new IllegalStateException("No JSON body is being read: the JsonInput methods of an"
          + " Exchange work only inside readJson");
    }
    return bodyParser;
  }

  /** Answers 400 or 422 with every error found so far, if there is any; see {@link RequestErrors}. */
  public void throwIfInvalid() {
    if (errors != null) {
      errors.throwIfAny();
    }
  }

  /**
   * The request body, limited to the server's maximum body size: reading past it throws a
   * {@link ProblemException} answering 413 (as does a {@code Content-Length} above it, before
   * anything is read). Use this rather than {@code http().getRequestBody()}, which has no limit.
   * Closing it is optional: the server closes the request after the answer.
   */
  public InputStream requestBody() {
    if (body == null) {
      String length = http.getRequestHeaders().getFirst("Content-Length");
      long maxBodySize = bodyConfig.maxBodySize();
      if (declaredLength(length) > maxBodySize) {
        throw LimitedBody.tooLarge(maxBodySize);
      }
      body = new LimitedBody(http.getRequestBody(), maxBodySize);
    }
    return body;
  }

  /** Whether reading the request body failed with an I/O error (the client went away). */
  public boolean bodyReadFailed() {
    return body != null && body.failed();
  }

  /** The value of a {@code Content-Length} header, or -1 if absent or unparsable. */
  public static long declaredLength(String contentLength) {
    if (contentLength == null) {
      return -1;
    }
    try {
      return Long.parseLong(contentLength.trim());
    } catch (NumberFormatException e) {
      return -1; // the JDK server refuses these before Kiln sees the request
    }
  }

  /**
   * Reads the request body as JSON with a generated reader.
   *
   * @return the value; never {@code null}
   * @throws ProblemException 415 if the {@code Content-Type} is not JSON; 400 if the body is
   *     empty or not well-formed JSON; 422 (or 400) with every error found in the value and in
   *     the parameters bound before it; 413 if the body is larger than the maximum body size
   */
  public <T> T readJson(JsonReader<T> reader) throws IOException {
    String contentType = http.getRequestHeaders().getFirst("Content-Type");
    if (!MediaTypes.isJson(contentType)) {
      throw new ProblemException(Problem.of(415, contentType == null
          ? "The request body needs Content-Type: application/json."
          : "The request body is " + contentType + "; this operation reads application/json."));
    }
    T value;
    try (JsonParser parser =
        bodyConfig.jsonFactory().createParser(ObjectReadContext.empty(), requestBody())) {
      if (parser.nextToken() == null) {
        throw malformed("The request body is empty; a JSON document is required.", "");
      }
      bodyParser = parser;
      value = reader.read(this);
      if (parser.nextToken() != null) {
        throw malformed("The request body has content after the JSON document.",
            "");
      }
    } catch (JacksonIOException e) {
      if (bodyReadFailed()) {
        // reading the body failed: the client went away or sent a broken chunked body
        throw e.getCause();
      }
      // bytes that are not text in the encoding Jackson detected (e.g. UTF-32), found by fuzzing
      throw malformed("The request body is not well-formed JSON: "
          + e.getCause().getMessage(), "");
    } catch (StreamConstraintsException e) {
      throw malformed("The JSON document exceeds a limit: " + e.getOriginalMessage(), "");
    } catch (StreamReadException e) {
      throw malformed("The request body is not well-formed JSON: " + reason(e) + location(e),
          "");
    } finally {
      bodyParser = null;
    }
    throwIfInvalid();
    return value;
  }

  /** Answers {@code status} with {@code value} written as {@code application/json}. */
  public <T> void respondJson(int status, T value, JsonWriter<T> writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      writer.write(generator, value);
    }
    respond(status, MediaTypes.JSON, out.toByteArray());
  }

  /** Answers {@code status} with {@code text} as {@code text/plain; charset=utf-8}. */
  public void respondText(int status, String text) throws IOException {
    respond(status, MediaTypes.TEXT_PLAIN, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers {@code status} with no content (e.g. 204). */
  public void respondEmpty(int status) throws IOException {
    markResponded();
    http.sendResponseHeaders(status, -1);
  }

  /**
   * Answers {@code status} with {@code body} of {@code contentType}, framed by {@code
   * Content-Length}; for {@code HEAD} only the headers are sent.
   */
  public void respond(int status, String contentType, byte[] body) throws IOException {
    markResponded();
    http.getResponseHeaders().set("Content-Type", contentType);
    if (head) {
      http.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      http.sendResponseHeaders(status, -1);
      return;
    }
    http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Checks the request's {@code Content-Type} against the operation's media types ({@code
   * type/subtype}, case-insensitive, parameters ignored; {@code *}{@code /*} accepts any).
   *
   * @throws ProblemException 415 naming the accepted types
   */
  public void requireContentType(String... accepted) {
    String contentType = http.getRequestHeaders().getFirst("Content-Type");
    String type = contentType == null ? "" : MediaTypes.essence(contentType);
    for (String candidate : accepted) {
      if (candidate.equals("*/*") || candidate.equalsIgnoreCase(type)) {
        return;
      }
    }
    throw new ProblemException(Problem.of(415, (contentType == null
        ? "The request has no Content-Type" : "The request body is " + contentType)
        + "; this operation reads " + String.join(", ", accepted) + "."));
  }

  /** Whether the request body is an HTML form ({@code application/x-www-form-urlencoded}). */
  public boolean isForm() {
    String contentType = http.getRequestHeaders().getFirst("Content-Type");
    return contentType != null
        && MediaTypes.essence(contentType).equals(MediaTypes.FORM);
  }

  /** The whole request body as bytes (for {@code byte[]} body parameters). */
  public byte[] readBytes() throws IOException {
    try (InputStream in = http.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  /** The request body as a stream (for {@code InputStream} body parameters); the handler reads it. */
  public InputStream bodyStream() {
    return http.getRequestBody();
  }

  /**
   * Reads an {@code application/x-www-form-urlencoded} body with a generated form reader.
   *
   * @throws ProblemException 415 if the body is not a form; 400 or 422 with every error found
   */
  public <T> T readForm(FormReader<T> reader) throws IOException {
    requireContentType(MediaTypes.FORM);
    String body = new String(readBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    T value = reader.read(this, new FormInput(body));
    throwIfInvalid();
    return value;
  }

  /**
   * Reads a body that may be an HTML form or JSON, by its {@code Content-Type}.
   *
   * @throws ProblemException 415 naming both media types if it is neither; otherwise as {@link
   *     #readForm} or {@link #readJson}
   */
  public <T> T readFormOrJson(FormReader<T> form, JsonReader<T> json) throws IOException {
    if (isForm()) {
      return readForm(form);
    }
    if (!MediaTypes.isJson(http.getRequestHeaders().getFirst("Content-Type"))) {
      requireContentType(MediaTypes.JSON, MediaTypes.FORM);
    }
    return readJson(json);
  }

  /**
   * Answers {@code status} with the bytes of {@code body}, streamed with chunked framing, and
   * closes it.
   */
  public void respondStream(int status, String contentType, InputStream body)
      throws IOException {
    markResponded();
    http.getResponseHeaders().set("Content-Type", contentType);
    try (InputStream in = body) {
      if (head) {
        http.sendResponseHeaders(status, -1);
        return;
      }
      http.sendResponseHeaders(status, 0);
      try (OutputStream out = http.getResponseBody()) {
        in.transferTo(out);
      }
    }
  }

  /**
   * Sets the headers of a {@link Response} a handler returned; the caller then writes its
   * status and body.
   */
  public void setHeaders(Response<?> response) {
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      http.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    BackgroundTasks.add(http, response.backgroundTasks());
  }

  /**
   * Waits for an asynchronous handler's result in the handler thread (on JDK 21+ a virtual
   * thread, so no platform thread is held). The answer is written before {@code handle} returns,
   * which keeps keep-alive connections correct with every {@code HttpServerProvider}.
   *
   * @throws Exception the stage's own failure, unwrapped
   */
  public static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
    try {
      return stage.toCompletableFuture().get();
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw e;
    }
  }

  /** Whether an answer has been started (its status line sent). */
  public boolean responded() {
    return responded;
  }

  /**
   * Answers {@code problem} as {@code application/problem+json}; its {@code instance} defaults to
   * the request path.
   */
  public void respondProblem(Problem problem) throws IOException {
    respondProblem(problem, Map.of());
  }

  public void respondProblem(Problem problem, Map<String, String> headers) throws IOException {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      http.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    Problem answered = problem.instance() == null ? problem.withInstance(rawPath) : problem;
    respond(answered.status(), MediaTypes.PROBLEM_JSON, ProblemWriter.toJson(answered));
  }

  private void markResponded() {
    if (responded) {
      throw new IllegalStateException("The answer to " + rawPath + " was already sent.");
    }
    responded = true;
  }

  private static ProblemException malformed(String detail, String pointer) {
    RequestError error = RequestError.body(pointer, ErrorCodes.MALFORMED_JSON, detail, true);
    return new ProblemException(Problem.of(400, detail).withErrors(List.of(error)));
  }

  /** Jackson's reason without its internal source description ({@code [Source: REDACTED ...]}). */
  private static String reason(StreamReadException e) {
    String reason = e.getOriginalMessage();
    int source = reason.indexOf(" (start marker at [Source:");
    return source < 0 ? reason : reason.substring(0, source);
  }

  private static String location(StreamReadException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
      return "";
    }
    return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
        + ")";
  }
}
