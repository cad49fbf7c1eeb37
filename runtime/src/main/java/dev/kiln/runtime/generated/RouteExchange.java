package dev.kiln.runtime.generated;

import dev.kiln.runtime.BackgroundTasks;
import dev.kiln.runtime.EventStream;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.Response;
import java.io.ByteArrayOutputStream;
import dev.kiln.runtime.security.Security;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * The exchange as generated route handlers see it, called by generated code only: the {@link
 * Exchange} plus path variables, the request's errors, and typed body reading. The server's
 * implementation is internal.
 */
public interface RouteExchange extends Exchange {

  /**
   * Responds {@code status} with {@code value} written by {@code writer} as {@code mediaType}, a
   * JSON media type the operation declares with {@code @Produces} (e.g. {@code
   * application/vnd.example+json}), framed by {@code Content-Length}.
   */
  default <T> void respondJson(int status, String mediaType, T value, JsonWriter<T> writer)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      writer.write(generator, value);
    }
    respond(status, mediaType, out.toByteArray());
  }

  /** The decoded value of the route's path variable at {@code index} (0 = first variable). */
  String pathParam(int index);

  /**
   * The request's errors found so far: the one sink that parameter conversion ({@link Params}),
   * form fields ({@link FormInput}) and JSON reading ({@link JsonInput}) add to.
   */
  RequestErrors errors();

  /**
   * Responds 400 or 422 with every error found so far, if there is any; see {@link
   * RequestErrors}.
   */
  void throwIfInvalid();

  /**
   * Reads the request body as JSON with a generated reader.
   *
   * @return the value; never {@code null}
   * @throws ProblemException 415 if the {@code Content-Type} is not JSON; 400 if the body is
   *     empty or not well-formed JSON; 422 (or 400) with every error found in the value and in
   *     the parameters bound before it; 413 if the body is larger than the maximum body size
   */
  <T> T readJson(JsonReader<T> reader) throws IOException;

  /**
   * Reads an {@code application/x-www-form-urlencoded} body with a generated form reader.
   *
   * @throws ProblemException 415 if the body is not a form; 400 or 422 with every error found;
   *     413 if the body is larger than the maximum body size
   */
  <T> T readForm(FormReader<T> reader) throws IOException;

  /**
   * Reads a body that may be an HTML form or JSON, by its {@code Content-Type}.
   *
   * @throws ProblemException 415 naming both media types if it is neither; otherwise as {@link
   *     #readForm} or {@link #readJson}
   */
  <T> T readFormOrJson(FormReader<T> form, JsonReader<T> json) throws IOException;

  /**
   * Reads a {@code multipart/form-data} body (RFC 7578) with a generated multipart reader. Parts
   * are streamed; contents over the memory threshold go to temporary files, deleted once the
   * answer has been sent.
   *
   * @throws ProblemException 415 if the body is not multipart; 400 if it is malformed (no or a
   *     bad {@code boundary}, bad part headers, truncated); 413 past a {@link
   *     dev.kiln.runtime.MultipartLimits} limit or the maximum body size; 400 or 422 with every
   *     error found in the fields
   */
  <T> T readMultipart(MultipartReader<T> reader) throws IOException;

  /**
   * The text fields of the {@code multipart/form-data} body {@link #readMultipart} read, by name
   * with their values in order (file parts and text that is not UTF-8 left out), e.g. to show an
   * HTML form again after its 422; empty when no such body was read or it could not be parsed.
   */
  default Map<String, List<String>> multipartFields() {
    return Map.of();
  }

  /**
   * The whole request body as bytes (for {@code byte[]} body parameters).
   *
   * @throws ProblemException 413 if the body is larger than the maximum body size
   */
  byte[] readBytes() throws IOException;

  /**
   * Checks the request's {@code Content-Type} against the operation's media types ({@code
   * type/subtype}, case-insensitive, parameters ignored; {@code *}{@code /*} accepts any).
   *
   * @throws ProblemException 415 naming the accepted types
   */
  void requireContentType(String... accepted);

  /** The server's checks of credentials, which {@link Authentication} asks. */
  Security security();

  /** Whether the request body is an HTML form ({@code application/x-www-form-urlencoded}). */
  boolean isForm();

  /**
   * Answers {@code status} with the events of {@code events} as {@code mediaType} ({@code
   * text/event-stream} or {@code application/x-ndjson}), each written by {@code writer}, until
   * the stream completes or closes; see {@link EventStream}. Returns when the response has ended.
   *
   * @throws IOException if the client went away (the stream is then closed)
   */
  <T> void respondEvents(int status, String mediaType, EventStream<T> events,
      JsonWriter<T> writer) throws IOException;

  /**
   * Responds {@code status} with the {@code length} bytes {@code body} writes, of {@code
   * contentType}, framed by {@code Content-Length}; for {@code HEAD} (or no bytes) only the
   * headers are sent. If writing fails (the client went away, or {@code body} wrote fewer bytes)
   * the connection is closed after the answer instead of being kept alive.
   */
  void respond(int status, String contentType, long length, BodyWriter body) throws IOException;

  /** Writes an answer's body, e.g. a file in slices. */
  @FunctionalInterface
  interface BodyWriter {
    /** Writes the body to {@code out}, which the caller closes. */
    void write(OutputStream out) throws IOException;
  }

  /**
   * The tasks to run after this request's answer has been sent: a handler's {@link
   * BackgroundTasks} parameter.
   */
  BackgroundTasks backgroundTasks();

  /**
   * Sets the headers of a {@link Response} a handler returned (control characters in a value
   * replaced by spaces); the caller then writes its status and body.
   */
  void setHeaders(Response<?> response);

  /**
   * Waits for an asynchronous handler's result in the handler thread (on JDK 21+ a virtual
   * thread, so no platform thread is held). The response is written before {@code handle} returns,
   * which keeps keep-alive connections correct with every {@code HttpServerProvider}.
   *
   * @throws Exception the stage's own failure, unwrapped
   */
  static <T> T await(CompletionStage<T> stage) throws Exception {
    try {
      return stage.toCompletableFuture().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      throw e;
    }
  }
}
