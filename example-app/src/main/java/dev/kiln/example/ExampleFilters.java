package dev.kiln.example;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.filter.AccessLog;
import dev.kiln.runtime.filter.Compression;
import dev.kiln.runtime.filter.Cors;
import dev.kiln.runtime.filter.RequestId;
import java.time.Duration;

/**
 * The example app's filters, outermost first: a request id for every request, the access log
 * (when on), CORS (every origin on the public read-only bench routes {@code /hello} and {@code
 * /items}, the configured origins elsewhere) and gzip/deflate compression.
 */
final class ExampleFilters {
  /** The public routes any web page may read. */
  static final String[] PUBLIC = {"/hello", "/items"};

  private ExampleFilters() {}

  /**
   * Adds the filters to {@code builder}.
   *
   * @param web which filters are on, and the CORS origins (allowed with credentials on the
   *     routes other than {@link #PUBLIC})
   */
  static KilnServer.Builder apply(KilnServer.Builder builder, WebSettings web) {
    if (web.requestIds()) {
      builder.filter(RequestId.filter());
    }
    if (web.accessLog()) {
      builder.filter(AccessLog.filter());
    }
    Cors anyOrigin = Cors.anyOrigin();
    for (String prefix : PUBLIC) {
      builder.filter(prefix, anyOrigin);
    }
    builder.filter(Cors.builder()
        .allowOrigins(web.corsOrigins().toArray(new String[0]))
        .allowHeaders("Content-Type", "Authorization", "api_key", "X-Request-Id")
        .exposeHeaders("X-Request-Id", "Location")
        .allowCredentials(true)
        .maxAge(Duration.ofHours(1))
        .build()
        .except(PUBLIC));
    return builder.filter(Compression.filter());
  }
}
