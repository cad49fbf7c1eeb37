package dev.kiln.runtime;

import dev.kiln.runtime.generated.Route;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks at start that a server serving the OpenAPI document serves exactly its operations: every
 * operation the document lists is a registered generated route, and every registered generated
 * route ({@link Route#operation()}) is in the document. Hand-written routes ({@link Route#of}) and
 * the docs' own routes are neither. The operations are read from {@value Docs#OPERATIONS}, the
 * list the processor writes with the document (plain text, so that starting loads no JSON parser).
 */
final class ServedOperations {
  private ServedOperations() {}

  /**
   * Compares {@code routes} with {@code documented} ({@code GET /items/{id}}, ...).
   *
   * @throws IllegalStateException naming every operation documented but not served and every
   *     generated route served but not documented
   */
  static void verify(List<Route> routes, Collection<String> documented) {
    Set<String> served = new TreeSet<>();
    for (Route route : routes) {
      if (route.operation()) {
        served.add(route.toString());
      }
    }
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(served);
    Set<String> extra = new TreeSet<>(served);
    extra.removeAll(documented);
    if (missing.isEmpty() && extra.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("The OpenAPI document " + Docs.DOCUMENT
        + " does not list exactly the operations this server serves.");
    if (!missing.isEmpty()) {
      message.append(" Documented but not served (they would respond 404): ")
          .append(String.join(", ", missing))
          .append(". Register their controllers' routes (new <Controller>_Routes(controller)),"
              + " or compile those controllers in another module.");
    }
    if (!extra.isEmpty()) {
      message.append(" Served but not documented: ").append(String.join(", ", extra))
          .append(". Is the document on the class path the one compiled with these"
              + " controllers?");
    }
    throw new IllegalStateException(message.toString());
  }
}
