package dev.kiln.health;

import dev.kiln.runtime.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The outcome of a health request: each check by name, {@code UP} or {@code DOWN}, and the
 * overall status ({@code UP} when every check is).
 */
public final class HealthReport {
  private static final JsonFactory JSON = new JsonFactory();

  private final Map<String, Boolean> checks = new LinkedHashMap<>();

  HealthReport() {}

  void add(String name, boolean up) {
    checks.put(name, up);
  }

  /** Whether every check is {@code UP} (true with no checks). */
  public boolean up() {
    return !checks.containsValue(false);
  }

  /** Each check's name and whether it is {@code UP}, in the order they ran. */
  public Map<String, Boolean> checks() {
    return Collections.unmodifiableMap(checks);
  }

  /**
   * The JSON document, MicroProfile Health's shape: {@code {"status":"UP","checks":[{"name":
   * "started","status":"UP"}]}}.
   */
  public byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("status", status(up()));
      g.writeName("checks");
      g.writeStartArray();
      for (Map.Entry<String, Boolean> check : checks.entrySet()) {
        g.writeStartObject();
        g.writeStringProperty("name", check.getKey());
        g.writeStringProperty("status", status(check.getValue()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Answers 200 when {@link #up()}, else 503, with {@link #toJson()} and no caching. */
  void send(Exchange exchange) throws IOException {
    exchange.http().getResponseHeaders().set("Cache-Control", "no-store");
    exchange.respond(up() ? 200 : 503, "application/json", toJson());
  }

  private static String status(boolean up) {
    return up ? "UP" : "DOWN";
  }

  @Override
  public String toString() {
    return "HealthReport" + checks;
  }
}
