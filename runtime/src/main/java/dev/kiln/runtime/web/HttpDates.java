package dev.kiln.runtime.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTTP dates (RFC 9110 section 5.6.7): written as IMF-fixdate, read in that form only. */
final class HttpDates {
  // not RFC_1123_DATE_TIME: it writes the day of month without its leading zero
  private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
      .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private HttpDates() {}

  /** {@code Sun, 06 Nov 1994 08:49:37 GMT} for the whole second of {@code epochMillis}. */
  static String format(long epochMillis) {
    return IMF_FIXDATE.format(Instant.ofEpochMilli(epochMillis));
  }

  /** The instant in seconds since the epoch, or -1 if {@code text} is not an IMF-fixdate. */
  static long parseSeconds(String text) {
    try {
      return IMF_FIXDATE.parse(text.trim(), Instant::from).getEpochSecond();
    } catch (DateTimeParseException e) {
      return -1;
    }
  }
}
