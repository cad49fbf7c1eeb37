package dev.kiln.client.generated;

import dev.kiln.client.ApiException;
import dev.kiln.client.CallTimeoutException;
import dev.kiln.client.ClientConfig;
import dev.kiln.client.TransportException;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * One call of a generated client method: the request is built up from the method's parameters
 * (path, query, headers, cookies, form fields or a body), then sent once, blocking or
 * asynchronously. Not thread-safe; one per call. Called by generated code only.
 */
public final class ClientCall {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final ClientConfig config;
  private final String method;
  private final StringBuilder path = new StringBuilder();
  private final StringBuilder query = new StringBuilder();
  private final Map<String, java.util.List<String>> headers = new LinkedHashMap<>();
  private final StringBuilder cookies = new StringBuilder();
  private final StringBuilder form = new StringBuilder();
  private final Map<Integer, String> declared = new LinkedHashMap<>();
  private final Map<Integer, ApiException.DeclaredBody> declaredBodies = new LinkedHashMap<>();
  private HttpRequest.BodyPublisher body;
  private String contentType;

  /** A {@code method} call (e.g. {@code GET}) through {@code config}. */
  public ClientCall(ClientConfig config, String method) {
    this.config = config;
    this.method = method;
  }

  /** Appends literal path text, e.g. {@code /todos/}. */
  public ClientCall path(String literal) {
    path.append(literal);
    return this;
  }

  /**
   * Appends the path variable {@code name}'s value, percent-encoded as one segment.
   *
   * @throws IllegalArgumentException if {@code value} is {@code null}
   */
  public ClientCall pathValue(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("The path variable " + name + " must not be null.");
    }
    path.append(WireText.encode(WireText.of(value)));
    return this;
  }

  /** Adds the query parameter {@code name} with {@code value}; {@code null} adds nothing. */
  public ClientCall query(String name, Object value) {
    if (value != null) {
      query.append(query.length() == 0 ? '?' : '&').append(WireText.encode(name)).append('=')
          .append(WireText.encode(WireText.of(value)));
    }
    return this;
  }

  /** Adds the query parameter {@code name} once per value, in order. */
  public ClientCall queries(String name, Iterable<?> values) {
    values.forEach(value -> query(name, value));
    return this;
  }

  /** Sets the header {@code name} to {@code value}; {@code null} sets nothing. */
  public ClientCall header(String name, Object value) {
    if (value != null) {
      headers.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(WireText.of(value));
    }
    return this;
  }

  /** Adds the header {@code name} once per value, in order. */
  public ClientCall headers(String name, Iterable<?> values) {
    values.forEach(value -> header(name, value));
    return this;
  }

  /**
   * Adds the cookie {@code name} with {@code value}; {@code null} adds nothing.
   *
   * @throws IllegalArgumentException if the text is not an RFC 6265 cookie value (no spaces,
   *     quotes, commas, semicolons, backslashes or control characters)
   */
  public ClientCall cookie(String name, Object value) {
    if (value == null) {
      return this;
    }
    String text = WireText.of(value);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == '"' || c == ',' || c == ';' || c == '\\' || c >= 0x7f) {
        throw new IllegalArgumentException("The cookie " + name + " cannot carry " + text
            + ": a cookie value has no spaces, quotes, commas, semicolons or backslashes.");
      }
    }
    cookies.append(cookies.length() == 0 ? "" : "; ").append(name).append('=').append(text);
    return this;
  }

  /** Adds the HTML form field {@code name} (the body becomes a form); {@code null} adds nothing. */
  public ClientCall formField(String name, Object value) {
    contentType = FORM;
    if (value != null) {
      form.append(form.length() == 0 ? "" : "&").append(WireText.encode(name)).append('=')
          .append(WireText.encode(WireText.of(value)));
    }
    return this;
  }

  /** Adds the form field {@code name} once per value, in order. */
  public ClientCall formFields(String name, Iterable<?> values) {
    contentType = FORM;
    values.forEach(value -> formField(name, value));
    return this;
  }

  /** Sends {@code value} written by {@code writer} as the {@code application/json} body. */
  public <T> ClientCall jsonBody(T value, JsonWriter<T> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      if (value == null) {
        generator.writeNull();
      } else {
        writer.write(generator, value);
      }
    }
    return body(out.toByteArray(), "application/json");
  }

  /** Sends {@code bytes} as the body, of {@code type}. */
  public ClientCall body(byte[] bytes, String type) {
    this.body = HttpRequest.BodyPublishers.ofByteArray(bytes);
    this.contentType = type;
    return this;
  }

  /** Sends what {@code stream} holds as the body, of {@code type}, streamed (chunked). */
  public ClientCall body(InputStream stream, String type) {
    this.body = HttpRequest.BodyPublishers.ofInputStream(() -> stream);
    this.contentType = type;
    return this;
  }

  /** Notes an error status the operation declares with {@code @ApiResponse}. */
  public ClientCall declared(int status, String description) {
    declared.put(status, description);
    return this;
  }

  /**
   * Notes an error status the operation declares with {@code @ApiResponse(body = type)}: an
   * {@link ApiException} of that status reads its body with {@code reader}.
   */
  public ClientCall declared(int status, String description, Class<?> type, Answer<?> reader) {
    declared.put(status, description);
    declaredBodies.put(status, new ApiException.DeclaredBody(type, bytes -> reader.read(
        new Received(status, HttpHeaders.of(Map.of(), (name, value) -> true),
            new ByteArrayInputStream(bytes)))));
    return this;
  }

  /**
   * Sends the request and waits for the answer, read by {@code answer}.
   *
   * @throws ApiException if the status is not one {@code answer} accepts
   * @throws CallTimeoutException if no answer came within the timeouts
   * @throws TransportException if the exchange failed or the answer cannot be read
   * @throws CancellationException if the waiting thread was interrupted (its flag is set again)
   */
  public <T> T send(Answer<T> answer) {
    HttpRequest request = request();
    HttpResponse<InputStream> response;
    try {
      response = config.http().send(request, handler(answer));
    } catch (IOException e) {
      throw failure(request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException(
          describe(request) + ": interrupted");
      cancelled.initCause(e);
      throw cancelled;
    }
    return read(request, response, answer);
  }

  /**
   * Sends the request; the future completes with the answer read by {@code answer}, or fails as
   * {@link #send} throws. Cancelling the future ({@code cancel(true)}) cancels the HTTP exchange.
   */
  public <T> CompletableFuture<T> sendAsync(Answer<T> answer) {
    HttpRequest request = request();
    CompletableFuture<HttpResponse<InputStream>> sent =
        config.http().sendAsync(request, handler(answer));
    CompletableFuture<T> result = new CompletableFuture<>();
    sent.whenComplete((response, failure) -> {
      try {
        if (failure != null) {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause() : failure;
          result.completeExceptionally(cause instanceof IOException
              ? failure(request, (IOException) cause) : cause);
        } else {
          result.complete(read(request, response, answer));
        }
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    result.whenComplete((value, failure) -> {
      if (failure != null) {
        sent.cancel(true);
      }
    });
    return result;
  }

  private HttpRequest request() {
    URI uri = URI.create(config.baseUri() + path.toString() + query);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.requestTimeout());
    config.headers().forEach(request::setHeader);
    headers.forEach((name, values) -> {
      request.setHeader(name, values.get(0));
      values.subList(1, values.size()).forEach(value -> request.header(name, value));
    });
    if (cookies.length() > 0) {
      request.setHeader("Cookie", cookies.toString());
    }
    HttpRequest.BodyPublisher publisher = body;
    if (FORM.equals(contentType) && publisher == null) {
      publisher = HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8);
    }
    if (contentType != null) {
      request.setHeader("Content-Type", contentType);
    }
    return request.method(method,
        publisher == null ? HttpRequest.BodyPublishers.noBody() : publisher).build();
  }

  private static HttpResponse.BodyHandler<InputStream> handler(Answer<?> answer) {
    if (answer.streams()) {
      return HttpResponse.BodyHandlers.ofInputStream();
    }
    return info -> HttpResponse.BodySubscribers.mapping(
        HttpResponse.BodySubscribers.ofByteArray(), ByteArrayInputStream::new);
  }

  private <T> T read(HttpRequest request, HttpResponse<InputStream> response, Answer<T> answer) {
    try {
      if (!answer.accepts(response.statusCode())) {
        byte[] bytes;
        try (InputStream in = response.body()) {
          bytes = in.readAllBytes();
        }
        boolean problem = response.headers().firstValue("Content-Type")
            .map(type -> type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/problem+json"))
            .orElse(false);
        throw new ApiException(describe(request), response.statusCode(), response.headers(),
            problem ? ProblemReader.read(bytes, response.statusCode()) : null, bytes,
            declared.get(response.statusCode()), declaredBodies.get(response.statusCode()));
      }
      return answer.read(new Received(response.statusCode(), response.headers(),
          response.body()));
    } catch (IOException e) {
      throw new TransportException(describe(request), "the answer could not be read: "
          + e.getMessage(), e);
    }
  }

  private RuntimeException failure(HttpRequest request, IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return new CallTimeoutException(describe(request),
          config.http().connectTimeout().orElse(config.requestTimeout()), e);
    }
    if (e instanceof HttpTimeoutException) {
      return new CallTimeoutException(describe(request), config.requestTimeout(), e);
    }
    return new TransportException(describe(request), String.valueOf(e.getMessage()), e);
  }

  private static String describe(HttpRequest request) {
    return request.method() + " " + request.uri();
  }
}
