package dev.kiln.processor.writing.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree of {@link Map}s (in their iteration order), {@link List}s, strings, numbers,
 * booleans and {@code null} as indented text with {@code \n} line ends, so the same tree always
 * gives the same bytes. No dependency: the processor stays small on javac's processor path.
 */
final class JsonText {
  private JsonText() {}

  /** The JSON text of {@code value}, ending with a line break. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, "", out);
    return out.append('\n').toString();
  }

  // {"a": [1, "b"]} is written as
  // {
  //   "a": [
  //     1,
  //     "b"
  //   ]
  // }
  private static void write(Object value, String indent, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      quote((String) value, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal) {
      out.append(((BigDecimal) value).toPlainString());
    } else if (value instanceof Map<?, ?>) {
      Map<?, ?> map = (Map<?, ?>) value;
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      String inner = indent + "  ";
      out.append("{\n");
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(",\n");
        }
        first = false;
        out.append(inner);
        quote((String) entry.getKey(), out);
        out.append(": ");
        write(entry.getValue(), inner, out);
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?>) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      String inner = indent + "  ";
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(",\n");
        }
        out.append(inner);
        write(list.get(i), inner, out);
      }
      out.append('\n').append(indent).append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
