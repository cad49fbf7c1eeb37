package dev.kiln.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A response whose status and headers a handler chooses at run time: {@code return
 * Response.status(201).header("Location", "/items/7").body(item);}. The body is written like a
 * plain return value of type {@code T}; a {@code null} body answers with no content.
 *
 * @param <T> the body type
 */
public final class Response<T> {
  private final int status;
  private final Map<String, String> headers;
  private final T body;
  private final List<Runnable> backgroundTasks;

  private Response(int status, Map<String, String> headers, T body) {
    this(status, headers, body, List.of());
  }

  private Response(int status, Map<String, String> headers, T body,
      List<Runnable> backgroundTasks) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100 to 599: " + status);
    }
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.backgroundTasks = List.copyOf(backgroundTasks);
  }

  /** A 200 response with {@code body}. */
  public static <T> Response<T> ok(T body) {
    return new Response<>(200, Map.of(), body);
  }

  /** A builder for a response with {@code status}. */
  public static Builder status(int status) {
    return new Builder(status);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The response headers to set, by name. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The body, or {@code null} for no content. */
  public T body() {
    return body;
  }

  /** The tasks to run after the response has been sent, in order; see {@link Builder#background}. */
  public List<Runnable> backgroundTasks() {
    return backgroundTasks;
  }

  /**
   * Checks, when Java assertions are enabled (as in tests), that {@code response}'s status is
   * one the handler declared (its success status or an {@code @ApiResponse}).
   *
   * @throws AssertionError naming the undeclared status
   */
  public static void assertDeclared(Response<?> response, String operation, int... declared) {
    assert isDeclared(response.status, declared)
        : operation + " answered " + response.status
            + ", which it does not declare; add @ApiResponse(status = " + response.status + ")";
  }

  private static boolean isDeclared(int status, int... declared) {
    for (int candidate : declared) {
      if (candidate == status) {
        return true;
      }
    }
    return false;
  }

  /** Builds a {@link Response}. */
  public static final class Builder {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Runnable> tasks = new ArrayList<>();

    Builder(int status) {
      this.status = status;
    }

    /** Sets a response header. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a task to run after the response has been sent (as FastAPI's {@code BackgroundTasks}),
     * e.g. sending a notification e-mail: on the server's executor, after the exchange is
     * closed, tasks of one response one after another in the order added. A task's exception is
     * logged (level ERROR, {@code System.Logger} {@code dev.kiln}) with a request id, method and
     * path, never changes the response, and does not stop the tasks after it. A graceful stop
     * waits for pending tasks up to the shutdown timeout. Only for responses written by Kiln (a
     * handler's returned {@code Response}).
     */
    public Builder background(Runnable task) {
      tasks.add(Objects.requireNonNull(task, "task"));
      return this;
    }

    /** The response with {@code body} ({@code null} for no content). */
    public <T> Response<T> body(T body) {
      return new Response<>(status, headers, body, tasks);
    }

    /** The response with no content. */
    public <T> Response<T> build() {
      return new Response<>(status, headers, null, tasks);
    }
  }
}
