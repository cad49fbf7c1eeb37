package dev.kiln.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/** Values of request header fields as RFC 9110 and RFC 6265 define them. */
final class RequestHeaders {
  private RequestHeaders() {}

  /**
   * Every value of a field's {@code lines}, split at commas as RFC 9110 section 5.3 allows for
   * list-valued fields, trimmed; empty if {@code lines} is {@code null}.
   */
  static List<String> values(List<String> lines) {
    if (lines == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String line : lines) {
      for (String value : line.split(",")) {
        String trimmed = value.trim();
        if (!trimmed.isEmpty()) {
          values.add(trimmed);
        }
      }
    }
    return values;
  }

  /**
   * The value of the cookie {@code name} in the {@code Cookie} header {@code lines} (RFC 6265
   * section 5.4: {@code a=1; b=2}), with surrounding double quotes removed, or {@code null}.
   */
  static String cookie(List<String> lines, String name) {
    if (lines == null) {
      return null;
    }
    for (String line : lines) {
      for (String pair : line.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
          String value = pair.substring(eq + 1).trim();
          if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
          }
          return value;
        }
      }
    }
    return null;
  }
}
