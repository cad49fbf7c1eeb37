package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.EventStream;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.filter.RequestId;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.Response;
import dev.kiln.runtime.generated.FormReader;
import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.JsonReader;
import dev.kiln.runtime.generated.JsonWriter;
import dev.kiln.runtime.generated.MultipartReader;
import dev.kiln.runtime.generated.RequestErrors;
import dev.kiln.runtime.generated.RouteExchange;
import dev.kiln.runtime.security.Security;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The {@link RouteExchange} on the JDK's {@link HttpExchange}; one per request, used by one
 * thread. While {@link #readJson} runs it is also the {@link JsonInput} the generated reader reads
 * the body from, so a JSON body allocates no input object (the class is package-private).
 */
final class JdkExchange implements RouteExchange, JsonInput {
  private static final String[] NO_VALUES = new String[0];

  private final HttpExchange http;
  private final String rawPath;
  private String[] pathValues = NO_VALUES;
  private final boolean head;
  private final BodyConfig bodyConfig;
  private LimitedBody body;
  private RequestErrors errors;
  private JsonParser bodyParser;
  private boolean responded;
  private boolean closeConnection;
  private final RequestTasks tasks = new RequestTasks();
  private UploadFiles uploads;
  private MultipartFields multipart;

  JdkExchange(HttpExchange http, String rawPath, BodyConfig bodyConfig) {
    this.http = http;
    this.rawPath = rawPath;
    this.head = http.getRequestMethod().equals("HEAD");
    this.bodyConfig = bodyConfig;
  }

  /** Binds the decoded values of the matched route's path variables, in template order. */
  void pathValues(String[] values) {
    this.pathValues = values;
  }

  @Override
  public HttpExchange http() {
    return http;
  }

  @Override
  public String rawPath() {
    return rawPath;
  }

  @Override
  public String pathParam(int index) {
    return pathValues[index];
  }

  @Override
  public String queryParam(String name) {
    String value = QueryString.first(http.getRequestURI().getRawQuery(), name);
    return value == QueryString.MALFORMED ? malformedQuery(name, null) : value;
  }

  @Override
  public List<String> queryParams(String name) {
    List<String> values = QueryString.all(http.getRequestURI().getRawQuery(), name);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == QueryString.MALFORMED) {
        return malformedQuery(name, List.of());
      }
    }
    return values;
  }

  /** Records a malformed query parameter {@code name}; returns {@code result}. */
  private <T> T malformedQuery(String name, T result) {
    errors().add(RequestError.param(ParamIn.QUERY, name, ErrorCodes.INVALID_FORMAT,
        "must be correctly percent-encoded UTF-8", true));
    return result;
  }

  @Override
  public String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  @Override
  public List<String> headers(String name) {
    return RequestHeaders.values(http.getRequestHeaders().get(name));
  }

  @Override
  public String cookie(String name) {
    return RequestHeaders.cookie(http.getRequestHeaders().get("Cookie"), name);
  }

  @Override
  public RequestErrors errors() {
    errors = errors == null ? new RequestErrors() : errors;
    return errors;
  }

  @Override
  public int errorCount() {
    return errors == null ? 0 : errors.count();
  }

  /** The parser of the JSON body while {@link #readJson} reads it; else IllegalStateException. */
  @Override
  public JsonParser parser() {
    if (bodyParser == null) {
      throw new IllegalStateException("No JSON body is being read: the JsonInput methods of an"
          + " exchange work only inside readJson");
    }
    return bodyParser;
  }

  @Override
  public void throwIfInvalid() {
    if (errors != null) {
      errors.throwIfAny();
    }
  }

  @Override
  public InputStream requestBody() {
    return body();
  }

  /** The one reader of the request body, for every body kind; created on first use. */
  private LimitedBody body() {
    if (body == null) {
      body = LimitedBody.open(http, bodyConfig.maxBodySize());
    }
    return body;
  }

  /** Whether reading the request body failed with an I/O error (the client went away). */
  boolean bodyReadFailed() {
    return body != null && body.failed();
  }

  @Override
  public <T> T readJson(JsonReader<T> reader) throws IOException {
    MediaTypes.requireJson(http.getRequestHeaders().getFirst("Content-Type"));
    T value;
    try (JsonParser parser =
        bodyConfig.jsonFactory().createParser(ObjectReadContext.empty(), body())) {
      if (parser.nextToken() == null) {
        throw MalformedJson.problem("The request body is empty; a JSON document is required.");
      }
      bodyParser = parser;
      value = reader.read(this);
      if (parser.nextToken() != null) {
        throw MalformedJson.problem("The request body has content after the JSON document.");
      }
    } catch (JacksonIOException e) {
      if (bodyReadFailed()) {
        // reading the body failed: the client went away or sent a broken chunked body
        throw e.getCause();
      }
      // bytes that are not text in the encoding Jackson detected (e.g. UTF-32), found by fuzzing
      throw MalformedJson.problem("The request body is not well-formed JSON: "
          + e.getCause().getMessage());
    } catch (StreamConstraintsException e) {
      // without Jackson's internals: "(200, from `StreamReadConstraints.getMaxNestingDepth()`)"
      throw MalformedJson.problem("The JSON document exceeds a limit: "
          + e.getOriginalMessage().replaceAll(", from `[^`]*`", ""));
    } catch (StreamReadException e) {
      throw MalformedJson.problem(e);
    } finally {
      bodyParser = null;
    }
    throwIfInvalid();
    return value;
  }

  @Override
  public <T> void respondJson(int status, T value, JsonWriter<T> writer) throws IOException {
    respondJson(status, MediaTypes.JSON, value, writer);
  }

  @Override
  public void respondText(int status, String text) throws IOException {
    respond(status, MediaTypes.TEXT_PLAIN, text.getBytes(UTF_8));
  }

  @Override
  public void respondEmpty(int status) throws IOException {
    markResponded();
    sendHeaders(status, -1);
  }

  @Override
  public void respond(int status, String contentType, byte[] body) throws IOException {
    respond(status, contentType, body.length, out -> ResponseBody.write(out, body));
  }

  @Override
  public void respond(int status, String contentType, long length, BodyWriter body)
      throws IOException {
    markResponded();
    http.getResponseHeaders().set("Content-Type", contentType);
    if (head || length == 0) {
      http.getResponseHeaders().set("Content-Length", Long.toString(length));
      sendHeaders(status, -1);
      return;
    }
    sendHeaders(status, length);
    OutputStream out = http.getResponseBody();
    try {
      body.write(out);
      ResponseBody.end(out, closeConnection);
    } catch (IOException e) {
      closeConnection = true; // the client went away, or the body ended early
      throw e;
    }
  }

  /** Sends the status line and headers; notes whether the connection must then be closed. */
  private void sendHeaders(int status, long length) throws IOException {
    closeConnection = "close".equalsIgnoreCase(http.getResponseHeaders().getFirst("Connection"));
    try {
      http.sendResponseHeaders(status, length);
    } catch (IOException e) {
      closeConnection = true;
      throw e;
    }
  }

  /** Whether to close the connection: the answer said {@code Connection: close}, or failed. */
  boolean closeConnection() {
    return closeConnection;
  }

  @Override
  public void requireContentType(String... accepted) {
    MediaTypes.require(http.getRequestHeaders().getFirst("Content-Type"), accepted);
  }

  @Override
  public Security security() {
    return bodyConfig.security();
  }

  @Override
  public boolean isForm() {
    return MediaTypes.is(http.getRequestHeaders().getFirst("Content-Type"), MediaTypes.FORM);
  }

  @Override
  public byte[] readBytes() throws IOException {
    return body().readAllBytes();
  }

  @Override
  public <T> T readForm(FormReader<T> reader) throws IOException {
    requireContentType(MediaTypes.FORM);
    T value = reader.read(this, new FormFields(new String(readBytes(), ISO_8859_1)));
    throwIfInvalid();
    return value;
  }

  @Override
  public <T> T readMultipart(MultipartReader<T> reader) throws IOException {
    requireContentType(MediaTypes.MULTIPART);
    uploads = uploads == null ? new UploadFiles(bodyConfig.multipart().directory()) : uploads;
    multipart = MultipartFields.parse(body(), header("Content-Type"), bodyConfig.multipart(),
        uploads);
    T value = reader.read(this, multipart);
    throwIfInvalid();
    return value;
  }

  @Override
  public Map<String, List<String>> multipartFields() {
    return multipart == null ? Map.of() : multipart.texts();
  }

  /** Deletes the temporary files of the request's uploads, if any (after the answer). */
  void deleteUploads() {
    if (uploads != null) {
      uploads.deleteAll();
    }
  }

  @Override
  public <T> T readFormOrJson(FormReader<T> form, JsonReader<T> json) throws IOException {
    if (isForm()) {
      return readForm(form);
    }
    if (!MediaTypes.isJson(http.getRequestHeaders().getFirst("Content-Type"))) {
      requireContentType(MediaTypes.JSON, MediaTypes.FORM);
    }
    return readJson(json);
  }

  @Override
  public void respondStream(int status, String contentType, InputStream body)
      throws IOException {
    markResponded();
    http.getResponseHeaders().set("Content-Type", contentType);
    try (InputStream in = body) {
      if (head) {
        sendHeaders(status, -1);
        return;
      }
      sendHeaders(status, 0);
      try (OutputStream out = http.getResponseBody()) {
        in.transferTo(out);
      } catch (IOException e) {
        closeConnection = true; // the client went away, or the handler's stream failed
        throw e;
      }
    }
  }

  @Override
  public <T> void respondEvents(int status, String mediaType, EventStream<T> events,
      JsonWriter<T> writer) throws IOException {
    markResponded();
    http.getResponseHeaders().set("Content-Type", mediaType);
    http.getResponseHeaders().set("Cache-Control", "no-cache");
    if (head) {
      events.close();
      sendHeaders(status, -1);
      return;
    }
    sendHeaders(status, 0);
    try (OutputStream out = http.getResponseBody()) {
      out.flush(); // the head now: a stream may wait long for its first event
      bodyConfig.openStreams().write(events, out, writer, MediaTypes.essence(mediaType));
    } catch (IOException e) {
      closeConnection = true; // the client went away
      throw e;
    }
  }

  @Override
  public void setHeaders(Response<?> response) {
    response.headers().forEach((name, value) ->
        http.getResponseHeaders().set(name, ResponseBody.withoutControls(value)));
    response.backgroundTasks().forEach(tasks::add);
  }

  @Override
  public RequestTasks backgroundTasks() {
    return tasks;
  }

  @Override
  public boolean responded() {
    return responded;
  }

  @Override
  public void respondProblem(Problem problem) throws IOException {
    respondProblem(problem, Map.of());
  }

  /** Answers {@code problem} after setting {@code headers} (e.g. {@code Allow} on a 405). */
  void respondProblem(Problem problem, Map<String, String> headers) throws IOException {
    headers.forEach(http.getResponseHeaders()::set);
    Problem answered = problem.instance() == null ? problem.withInstance(rawPath) : problem;
    respond(answered.status(), MediaTypes.PROBLEM_JSON,
        ProblemWriter.toJson(answered, RequestId.of(http)));
  }

  private void markResponded() {
    if (responded) {
      throw new IllegalStateException("The response to " + rawPath + " was already sent.");
    }
    responded = true;
  }
}
