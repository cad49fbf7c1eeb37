package dev.kiln.processor.writing.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders of the JSON tree {@link JsonText} writes. */
final class Json {
  private Json() {}

  /** An ordered object of alternating keys and values. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Puts {@code value} under {@code key} unless it is {@code null}. */
  static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
