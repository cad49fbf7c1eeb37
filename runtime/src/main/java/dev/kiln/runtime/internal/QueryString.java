package dev.kiln.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks up parameters in a raw query string ({@code a=1&b=x+y}) without building a map: the
 * query is scanned per lookup, and only the matching value is decoded ({@code +} is a space,
 * {@code %XX} strict UTF-8). A key without {@code =} has the empty value.
 */
final class QueryString {
  /** Returned by {@link #first} when the value's percent-encoding is malformed. */
  static final String MALFORMED = new String("\u0000malformed");

  private QueryString() {}

  /**
   * The decoded value of the first parameter named {@code name}, {@code null} if absent, or
   * {@link #MALFORMED} (compare by identity) if its encoding is malformed.
   */
  static String first(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    int len = rawQuery.length();
    int start = 0;
    while (start < len) {
      int amp = rawQuery.indexOf('&', start);
      int end = amp < 0 ? len : amp;
      if (keyMatches(rawQuery, start, end, name)) {
        return value(rawQuery, start, end);
      }
      start = end + 1;
    }
    return null;
  }

  /** Every value of the parameters named {@code name}, in order; see {@link #first}. */
  static List<String> all(String rawQuery, String name) {
    List<String> values = new ArrayList<>(2);
    if (rawQuery == null) {
      return values;
    }
    int len = rawQuery.length();
    int start = 0;
    while (start < len) {
      int amp = rawQuery.indexOf('&', start);
      int end = amp < 0 ? len : amp;
      if (keyMatches(rawQuery, start, end, name)) {
        values.add(value(rawQuery, start, end));
      }
      start = end + 1;
    }
    return values;
  }

  private static boolean keyMatches(String query, int start, int end, String name) {
    int eq = query.indexOf('=', start);
    int keyEnd = eq < 0 || eq > end ? end : eq;
    int keyLength = keyEnd - start;
    boolean plain = true;
    for (int i = start; i < keyEnd; i++) {
      char c = query.charAt(i);
      if (c == '%' || c == '+' || c >= 0x80) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return keyLength == name.length() && query.regionMatches(start, name, 0, keyLength);
    }
    return name.equals(PercentDecoder.decode(query, start, keyEnd, true));
  }

  private static String value(String query, int start, int end) {
    int eq = query.indexOf('=', start);
    if (eq < 0 || eq > end) {
      return "";
    }
    String value = PercentDecoder.decode(query, eq + 1, end, true);
    return value == null ? MALFORMED : value;
  }
}
