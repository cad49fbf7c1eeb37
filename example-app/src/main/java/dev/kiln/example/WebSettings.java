package dev.kiln.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The example app's web settings.
 *
 * @param corsOrigins the origins allowed by CORS outside the public routes ({@code
 *     KILN_CORS_ORIGINS}, comma-separated; default {@code http://localhost:8080} and {@code
 *     http://127.0.0.1:8080}, the app's own pages)
 * @param accessLog whether one line per request is logged ({@code KILN_ACCESS_LOG}; default on
 *     for {@code main}, off in tests)
 * @param requestIds whether every answer carries an {@code X-Request-Id} (taken from the request
 *     or made) and every problem body its {@code requestId} ({@code KILN_REQUEST_IDS}; default on
 *     for {@code main}, off in tests)
 */
public record WebSettings(List<String> corsOrigins, boolean accessLog, boolean requestIds) {
  static final List<String> DEFAULT_ORIGINS =
      List.of("http://localhost:8080", "http://127.0.0.1:8080");

  public WebSettings {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /**
   * Checks that every CORS origin is {@code scheme://host[:port]} (a start-up hook).
   *
   * @throws IllegalArgumentException naming the first origin that is not
   */
  void checkOrigins() {
    for (String origin : corsOrigins) {
      if (!origin.matches("https?://[^/?#\\s]+")) {
        throw new IllegalArgumentException("KILN_CORS_ORIGINS: " + origin
            + " is not an origin (scheme://host[:port], no path)");
      }
    }
  }

  /** The defaults of tests: the default origins, no access log, no request ids. */
  public static WebSettings defaults() {
    return new WebSettings(DEFAULT_ORIGINS, false, false);
  }

  /** The settings from environment variables; the flags are on unless {@code false}. */
  static WebSettings fromEnvironment(Map<String, String> env) {
    String origins = env.get("KILN_CORS_ORIGINS");
    List<String> list = new ArrayList<>();
    if (origins != null) {
      for (String origin : origins.split(",")) {
        if (!origin.isBlank()) {
          list.add(origin.trim());
        }
      }
    }
    return new WebSettings(origins == null ? DEFAULT_ORIGINS : list,
        !"false".equalsIgnoreCase(env.get("KILN_ACCESS_LOG")),
        !"false".equalsIgnoreCase(env.get("KILN_REQUEST_IDS")));
  }
}
