package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpServer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Warms the JDK server's first-response path in the background once the server listens, as
 * Spring Boot's background pre-initializer does, so that the first client does not wait for it.
 *
 * <p>The JDK server ({@code sun.net.httpserver.ExchangeImpl}) writes the {@code Date} header of
 * every response (RFC 9110, section 6.6.1) with a {@code DateTimeFormatter} of pattern {@value
 * #JDK_DATE_PATTERN}. Its first use loads the locale data for day, month and time-zone names:
 * 50-100 ms on one core, before the first answer. Formatting once with the same pattern and
 * locale fills the JDK's caches for it. Running on the request executor also starts that
 * executor's first thread (or, on JDK 21+, the virtual-thread scheduler).
 */
final class Preinitializer {
  /** The pattern the JDK server formats {@code Date} with (JDK 17 to 25). */
  static final String JDK_DATE_PATTERN = "EEE, dd MMM yyyy HH:mm:ss zzz";
  /** The system property that turns the warm-up off when {@code false}. */
  static final String PROPERTY = "kiln.preinitialize";
  /** The package of the JDK's server implementation. */
  static final String JDK_SERVER_PACKAGE = "sun.net.httpserver.";

  private Preinitializer() {}

  /**
   * Runs the warm-up on {@code executor} if {@code server} is the JDK's own implementation (other
   * providers, such as robaho's, format {@code Date} without locale data) and the system property
   * {@value #PROPERTY} is not {@code false}; does nothing if the executor refuses it.
   */
  static void start(HttpServer server, Executor executor) {
    if (!server.getClass().getName().startsWith(JDK_SERVER_PACKAGE)
        || "false".equals(System.getProperty(PROPERTY))) {
      return;
    }
    try {
      executor.execute(Preinitializer::formatDate);
    } catch (RejectedExecutionException e) {
      // stopped already: nothing to warm
    }
  }

  /** Formats the current time as the JDK server's {@code Date} header; returns the text. */
  static String formatDate() {
    return DateTimeFormatter.ofPattern(JDK_DATE_PATTERN, Locale.US)
        .withZone(ZoneId.of("GMT"))
        .format(Instant.now());
  }
}
