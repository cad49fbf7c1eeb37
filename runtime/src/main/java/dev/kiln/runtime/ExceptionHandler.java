package dev.kiln.runtime;

/**
 * Turns an exception a route handler threw into a response; registered explicitly with {@link
 * KilnServer.Builder#exceptionHandler(Class, ExceptionHandler)} (no reflection finds it).
 *
 * <pre>{@code
 * KilnServer.builder()
 *     .exceptionHandler(NoSuchItemException.class,
 *         (e, exchange) -> Problem.of(404, "No item " + e.id() + "."))
 * }</pre>
 *
 * <p>The handler for the most specific registered superclass of the thrown exception's class
 * wins. Return a {@link Problem} to send it as problem details, or respond through the exchange
 * (e.g. {@link Exchange#respondJson}) and return {@code null}. A handler that throws a {@link
 * ProblemException} responds with that problem; one that throws anything else, or neither
 * responds nor returns a problem, makes the request a logged 500.
 *
 * @param <E> the exception type handled
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {

  /**
   * Answers {@code exception}.
   *
   * @return the problem to respond with, or {@code null} if the handler answered through {@code
   *     exchange} itself
   */
  Problem handle(E exception, Exchange exchange) throws Exception;
}
