package dev.kiln.runtime.config;

import java.util.Map;

/**
 * A {@link ConfigSource} of fixed values, looked up by environment variable name or by key.
 * Messages name a value {@code <kind> <name>} ({@code environment variable KILN_PORT}, {@code
 * system property kiln.port}), or {@code <key> <kind>} for a kind starting with {@code "in "}
 * ({@code kiln.port in app.properties}).
 */
final class MapSource implements ConfigSource {
  private final Map<String, String> values;
  private final boolean byEnv;
  private final String kind;

  MapSource(Map<String, String> values, boolean byEnv, String kind) {
    this.values = Map.copyOf(values);
    this.byEnv = byEnv;
    this.kind = kind;
  }

  @Override
  public String get(String key, String env) {
    return values.get(byEnv ? env : key);
  }

  @Override
  public String describe(String key, String env) {
    String name = byEnv ? env : key;
    return kind.startsWith("in ") ? name + " " + kind : kind + " " + name;
  }
}
