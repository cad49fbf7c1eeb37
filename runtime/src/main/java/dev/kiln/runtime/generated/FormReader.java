package dev.kiln.runtime.generated;


/**
 * Reads a value from an HTML form body. The processor generates one per record used as a form
 * body ({@code Item_FormReader::read}).
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface FormReader<T> {
  /**
   * Reads the value; errors are added to {@link RouteExchange#errors()} and the result is then
   * {@code null}.
   */
  T read(RouteExchange exchange, FormInput form);
}
