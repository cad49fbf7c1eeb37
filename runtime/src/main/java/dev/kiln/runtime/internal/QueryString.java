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
    int start = rawQuery == null ? -1 : find(rawQuery, 0, name);
    return start < 0 ? null : value(rawQuery, start, pairEnd(rawQuery, start));
  }

  /** Every value of the parameters named {@code name}, in order; see {@link #first}. */
  static List<String> all(String rawQuery, String name) {
    List<String> values = new ArrayList<>(2);
    if (rawQuery == null) {
      return values;
    }
    for (int start = find(rawQuery, 0, name); start >= 0; ) {
      int end = pairEnd(rawQuery, start);
      values.add(value(rawQuery, start, end));
      start = find(rawQuery, end + 1, name);
    }
    return values;
  }

  /** The index where the first pair at or after {@code from} named {@code name} starts, or -1. */
  private static int find(String query, int from, String name) {
    int len = query.length();
    int start = from;
    while (start < len) {
      int end = pairEnd(query, start);
      if (keyMatches(query, start, end, name)) {
        return start;
      }
      start = end + 1;
    }
    return -1;
  }

  /** The index of the {@code &} that ends the pair starting at {@code start}, or the length. */
  private static int pairEnd(String query, int start) {
    int amp = query.indexOf('&', start);
    return amp < 0 ? query.length() : amp;
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
