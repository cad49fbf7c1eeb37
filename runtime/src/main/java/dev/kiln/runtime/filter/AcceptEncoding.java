package dev.kiln.runtime.filter;

import java.util.Locale;

/**
 * Chooses a content coding from an {@code Accept-Encoding} header (RFC 9110 section 12.5.3):
 * the acceptable coding Kiln writes with the highest quality value, {@code gzip} on a tie; {@code
 * *} stands for the codings not listed; {@code q=0} refuses.
 */
final class AcceptEncoding {
  static final String GZIP = "gzip";
  static final String DEFLATE = "deflate";

  private AcceptEncoding() {}

  /** {@code gzip}, {@code deflate}, or {@code null} for no coding (identity). */
  static String choose(String header) {
    if (header == null) {
      return null;
    }
    double gzip = -1;
    double deflate = -1;
    double any = -1;
    for (String item : header.split(",")) {
      String[] parts = item.split(";");
      String coding = parts[0].trim().toLowerCase(Locale.ROOT);
      double q = quality(parts);
      switch (coding) {
        case "gzip":
        case "x-gzip":
          gzip = Math.max(gzip, q);
          break;
        case "deflate":
          deflate = Math.max(deflate, q);
          break;
        case "*":
          any = Math.max(any, q);
          break;
        default:
          break;
      }
    }
    gzip = gzip < 0 ? any : gzip;
    deflate = deflate < 0 ? any : deflate;
    if (gzip <= 0 && deflate <= 0) {
      return null;
    }
    return gzip >= deflate ? GZIP : DEFLATE;
  }

  /** The {@code q} parameter of one list member: 1 when absent, 0 when malformed. */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
          && parameter.charAt(1) == '=') {
        try {
          double q = Double.parseDouble(parameter.substring(2).trim());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
