package dev.kiln.runtime.internal;

import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Safe defaults for the limits the JDK's HTTP server ({@code sun.net.httpserver.ServerImpl})
 * enforces itself. It reads them from system properties once per JVM, when its first server is
 * created, so Kiln sets each one that the user has not set before it creates its first server.
 * A property set on the command line ({@code -D}) or before {@link KilnServer.Builder#start()}
 * always wins. docs/reliability.md lists them with the JDK's own defaults.
 */
final class ServerProperties {
  /** Kiln's defaults, by property name. */
  static final Map<String, String> DEFAULTS = defaults();

  private ServerProperties() {}

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    // JDK: 200 headers; more close the connection without a response
    defaults.put("sun.net.httpserver.maxReqHeaders", "100");
    // JDK: 380 KiB of request line and headers; more close the connection without a response
    defaults.put("sun.net.httpserver.maxReqHeaderSize", Integer.toString(64 * 1024));
    // JDK: forever; seconds from the first byte of a request until its body was read
    defaults.put("sun.net.httpserver.maxReqTime", "60");
    // JDK: 200; past it a kept-alive connection is closed after its response without "Connection:
    // close", which a client sees as a reset on its next request (the soak test on JDK 25)
    defaults.put("sun.net.httpserver.maxIdleConnections", "1000");
    // JDK: off (Nagle's algorithm delays small answers on kept-alive connections)
    defaults.put("sun.net.httpserver.nodelay", "true");
    return java.util.Collections.unmodifiableMap(defaults);
  }

  /**
   * The header limit {@code sun.net.httpserver.maxReqHeaders} (the JDK's server's own; Kiln
   * applies it on every provider): the property if set to a positive number, else Kiln's default.
   */
  static int maxHeaders() {
    String name = "sun.net.httpserver.maxReqHeaders";
    int value = Integer.getInteger(name, 0);
    return value > 0 ? value : Integer.parseInt(DEFAULTS.get(name));
  }

  /**
   * The limit {@code sun.net.httpserver.maxReqHeaderSize} on the request line and header section,
   * in bytes: the property if set to a positive number, else Kiln's default (64 KiB). Kiln answers
   * a longer request target 414 on providers that let one through (robaho's).
   */
  static int maxHeaderSize() {
    String name = "sun.net.httpserver.maxReqHeaderSize";
    int value = Integer.getInteger(name, 0);
    return value > 0 ? value : Integer.parseInt(DEFAULTS.get(name));
  }

  /** The JDK's cap on open connections (JDK 17.0.x builds before mid-2022 ignore it). */
  static final String MAX_CONNECTIONS = "jdk.httpserver.maxConnections";

  /**
   * Sets {@value #MAX_CONNECTIONS} to {@code max} unless it is set already; returns the value in
   * force. Over the cap the JDK closes new connections at once and keeps serving the others.
   */
  static synchronized String applyMaxConnections(int max) {
    String set = System.getProperty(MAX_CONNECTIONS);
    if (set != null) {
      return set;
    }
    String value = Integer.toString(max);
    System.setProperty(MAX_CONNECTIONS, value);
    return value;
  }

  /**
   * {@link KilnServer.Builder#DEFAULT_MAX_CONNECTIONS}, or three quarters of the process's
   * open-file limit where that is lower and readable ({@code /proc/self/limits} on Linux), so
   * that idle connections cannot use up the descriptors the server needs to accept, log and
   * read class-path files.
   */
  static int defaultMaxConnections() {
    long limit = openFileLimit(Path.of("/proc/self/limits"));
    int max = KilnServer.Builder.DEFAULT_MAX_CONNECTIONS;
    return limit > 0 ? (int) Math.min(max, limit * 3 / 4) : max;
  }

  /** The soft "Max open files" limit in a {@code /proc/<pid>/limits} file, or -1. */
  static long openFileLimit(Path limits) {
    try {
      for (String line : Files.readAllLines(limits)) {
        if (line.startsWith("Max open files")) {
          String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
          return fields[0].equals("unlimited") ? -1 : Long.parseLong(fields[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or an unexpected format: the fixed default
    }
    return -1;
  }

  /** Sets each default whose property is not set yet; returns the ones set. */
  static synchronized Map<String, String> applyDefaults() {
    Map<String, String> applied = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : DEFAULTS.entrySet()) {
      if (System.getProperty(entry.getKey()) == null) {
        System.setProperty(entry.getKey(), entry.getValue());
        applied.put(entry.getKey(), entry.getValue());
      }
    }
    return applied;
  }
}
