package dev.kiln.runtime.internal;

import dev.kiln.runtime.ExceptionHandler;
import java.util.HashMap;
import java.util.Map;

/**
 * The registered {@link ExceptionHandler}s by exception class; a lookup walks the thrown class's
 * superclasses ({@link Class#getSuperclass()}, no reflection API) so the most specific wins.
 */
public final class ExceptionHandlers {
  public static final ExceptionHandlers NONE = new ExceptionHandlers(Map.of());

  private final Map<Class<?>, ExceptionHandler<?>> byType;

  public ExceptionHandlers(Map<Class<?>, ExceptionHandler<?>> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** An empty, mutable registry for the builder. */
  public static Map<Class<?>, ExceptionHandler<?>> newRegistry() {
    return new HashMap<>();
  }

  boolean isEmpty() {
    return byType.isEmpty();
  }

  /** The handler of the most specific registered superclass of {@code thrown}, or {@code null}. */
  @SuppressWarnings("unchecked")
  ExceptionHandler<Throwable> find(Throwable thrown) {
    for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
      ExceptionHandler<?> handler = byType.get(type);
      if (handler != null) {
        return (ExceptionHandler<Throwable>) handler;
      }
    }
    return null;
  }
}
