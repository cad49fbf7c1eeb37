package dev.kiln.processor.validation.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading of OpenAPI documents as JSON trees ({@link JsonTree}'s shapes, or the writer's, whose
 * numbers may be {@link Integer}s or {@link Long}s): members, component references, and what
 * values a schema's {@code type} and {@code format} admit.
 */
final class Documents {
  private static final String SCHEMAS = "#/components/schemas/";

  private Documents() {}

  /** {@code value} as an object, or an empty one. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : new LinkedHashMap<>();
  }

  /** Member {@code key} of {@code value} as an object, or an empty one. */
  static Map<String, Object> map(Object value, String key) {
    return map(map(value).get(key));
  }

  /** The strings of a JSON array (numbers as text), or {@code null} if {@code value} is none. */
  static List<String> strings(Object value) {
    if (!(value instanceof List<?>)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) value) {
      out.add(item instanceof String ? (String) item : text(item));
    }
    return out;
  }

  /** The component name a {@code {"$ref": "#/components/schemas/Name"}} refers to, or null. */
  static String refName(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    return ref instanceof String && ((String) ref).startsWith(SCHEMAS)
        ? ((String) ref).substring(SCHEMAS.length()) : null;
  }

  /** The schema {@code schema} refers to in {@code document}, or {@code schema} itself. */
  static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
    String name = refName(schema);
    return name == null ? schema : map(map(map(document, "components"), "schemas").get(name));
  }

  /** Whether {@code schema} is {@code {"type": "null"}}. */
  static boolean isNull(Object schema) {
    return "null".equals(map(schema).get("type"));
  }

  /** The JSON types a schema admits besides {@code null}; empty for any. */
  static Set<String> types(Map<String, Object> schema) {
    Set<String> types = new TreeSet<>();
    Object type = schema.get("type");
    if (type instanceof String) {
      types.add((String) type);
    } else if (type instanceof List<?>) {
      ((List<?>) type).forEach(t -> types.add(String.valueOf(t)));
    }
    types.remove("null");
    return types;
  }

  /** {@code integer (int64)}, {@code string}, {@code any}: the type and format, for messages. */
  static String typeText(Map<String, Object> schema) {
    Set<String> types = types(schema);
    String text = types.isEmpty() ? "any value" : String.join(" or ", types);
    Object format = schema.get("format");
    return format == null ? text : text + " (" + format + ")";
  }

  /** Whether every value {@code inner}'s type and format admit, {@code outer}'s admit too. */
  static boolean covers(Map<String, Object> outer, Map<String, Object> inner) {
    Set<String> wide = types(outer);
    Set<String> narrow = types(inner);
    if (!wide.isEmpty()) {
      if (narrow.isEmpty()) {
        return false;
      }
      for (String type : narrow) {
        if (!wide.contains(type) && !(type.equals("integer") && wide.contains("number"))) {
          return false;
        }
      }
    }
    Object wideFormat = outer.get("format");
    Object narrowFormat = inner.get("format");
    return wideFormat == null || wideFormat.equals(narrowFormat)
        || ("int64".equals(wideFormat) && "int32".equals(narrowFormat))
        || ("double".equals(wideFormat) && narrowFormat != null
            && List.of("float", "int32", "int64").contains(narrowFormat));
  }

  /** Whether two JSON values are equal, numbers by value. */
  static boolean same(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return number(a).compareTo(number(b)) == 0;
    }
    return a == null ? b == null : a.equals(b);
  }

  /** A JSON number's value. */
  static BigDecimal number(Object value) {
    return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
  }

  /** A short JSON-like text of a value, for messages. */
  static String text(Object value) {
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString()
        : String.valueOf(value);
  }
}
