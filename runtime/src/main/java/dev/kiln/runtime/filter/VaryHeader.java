package dev.kiln.runtime.filter;

import com.sun.net.httpserver.Headers;
import java.util.List;

/** Adds field names to an answer's {@code Vary} header (RFC 9110 section 12.5.5), once each. */
final class VaryHeader {
  private VaryHeader() {}

  /** Adds {@code name} to the {@code Vary} of {@code headers} unless it is already listed. */
  static void add(Headers headers, String name) {
    List<String> lines = headers.get("Vary");
    if (lines == null || lines.isEmpty()) {
      headers.set("Vary", name);
      return;
    }
    for (String line : lines) {
      for (String listed : line.split(",")) {
        String trimmed = listed.trim();
        if (trimmed.equals("*") || trimmed.equalsIgnoreCase(name)) {
          return;
        }
      }
    }
    headers.set("Vary", String.join(", ", lines) + ", " + name);
  }
}
