package dev.kiln.client.generated;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Parameter values as the text a Kiln server parses (the same formats its generated routes read),
 * and RFC 3986 percent-encoding. Called by generated code only.
 */
public final class WireText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private WireText() {}

  /**
   * The text of a scalar parameter value: RFC 3339 date-times with seconds, {@code toString()}
   * for numbers, booleans, UUIDs, dates, instants and durations. Enums are turned into their wire
   * names by the generated code before.
   */
  public static String of(Object value) {
    if (value instanceof LocalDateTime) {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value);
    }
    if (value instanceof OffsetDateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
    }
    return String.valueOf(value);
  }

  /** {@code values} each turned into text by {@code text} (an enum codec's wire name). */
  public static <E> List<String> each(Collection<E> values, Function<E, String> text) {
    List<String> texts = new ArrayList<>(values.size());
    values.forEach(value -> texts.add(value == null ? null : text.apply(value)));
    return texts;
  }

  /**
   * {@code text} percent-encoded as UTF-8, leaving only RFC 3986 unreserved characters ({@code
   * A-Z a-z 0-9 - . _ ~}) as they are: safe in a path segment, a query or a form.
   */
  public static String encode(String text) {
    StringBuilder encoded = new StringBuilder(text.length() + 8);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return encoded.toString();
  }
}
