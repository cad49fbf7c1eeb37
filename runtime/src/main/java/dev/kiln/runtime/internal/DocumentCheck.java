package dev.kiln.runtime.internal;

import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.Route;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Checks at start that a server serving the OpenAPI document serves exactly its operations: every
 * operation under {@code paths} is a registered generated route, and every registered generated
 * route ({@link Route#operation()}) is in the document. Hand-written routes ({@link Route#of}) and
 * the docs' own routes are neither. Called by the server only.
 */
public final class DocumentCheck {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private DocumentCheck() {}

  /**
   * Compares {@code routes} with the operations of {@code document} (OpenAPI 3.1 JSON).
   *
   * @param name the document's class-path name, for the message
   * @throws IllegalStateException naming every operation documented but not served and every
   *     generated route served but not documented
   */
  public static void verify(List<Route> routes, byte[] document, String name) {
    Set<String> documented = operations(document);
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
    StringBuilder message = new StringBuilder("The OpenAPI document " + name
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

  /** {@code GET /items/{id}} for every operation under the document's {@code paths}. */
  static Set<String> operations(byte[] document) {
    Set<String> operations = new TreeSet<>();
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return operations;
      }
      for (String field = parser.nextName(); field != null; field = parser.nextName()) {
        parser.nextToken();
        if (!field.equals("paths") || parser.currentToken() != JsonToken.START_OBJECT) {
          parser.skipChildren();
          continue;
        }
        for (String path = parser.nextName(); path != null; path = parser.nextName()) {
          parser.nextToken();
          for (String key = parser.nextName(); key != null; key = parser.nextName()) {
            parser.nextToken();
            if (METHODS.contains(key)) {
              operations.add(key.toUpperCase(Locale.ROOT) + " " + path);
            }
            parser.skipChildren();
          }
        }
      }
    }
    return operations;
  }
}
