package dev.kiln.runtime.generated;

/**
 * Reads a value from a {@code multipart/form-data} body. The processor generates one per record
 * used as a multipart body ({@code Item_MultipartReader::read}).
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface MultipartReader<T> {
  /**
   * Reads the value; errors are added to {@link RouteExchange#errors()} and the result is then
   * {@code null}.
   */
  T read(RouteExchange exchange, MultipartInput form);
}
