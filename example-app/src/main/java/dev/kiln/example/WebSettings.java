package dev.kiln.example;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Settings;
import java.util.List;

/**
 * The example app's web settings, bound by the generated {@code WebSettings_Binder} (keys {@code
 * kiln.cors-origins}, {@code kiln.access-log}, {@code kiln.request-ids}).
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
@Settings(prefix = "kiln")
public record WebSettings(
    @DefaultValue("http://localhost:8080,http://127.0.0.1:8080") List<String> corsOrigins,
    @DefaultValue("true") boolean accessLog,
    @DefaultValue("true") boolean requestIds) {
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
}
