package dev.kiln.runtime.internal;

import dev.kiln.runtime.ExceptionHandler;
import java.util.Map;

/**
 * The registered {@link ExceptionHandler}s by exception class; a lookup walks the thrown class's
 * superclasses ({@link Class#getSuperclass()}, no reflection API) so the most specific wins.
 */
final class ExceptionHandlers {
  private final Map<Class<?>, ExceptionHandler<?>> byType;

  ExceptionHandlers(Map<Class<?>, ExceptionHandler<?>> byType) {
    this.byType = Map.copyOf(byType);
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
