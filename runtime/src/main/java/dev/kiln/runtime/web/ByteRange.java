package dev.kiln.runtime.web;

/**
 * One byte range of a file of known length (RFC 9110 section 14): {@code first} to {@code last}
 * inclusive.
 */
record ByteRange(long first, long last) {
  /** Marks a {@code Range} that no byte of the file satisfies (answered 416). */
  static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

  long length() {
    return last - first + 1;
  }

  /**
   * The range a {@code Range} header asks of a file of {@code size} bytes: {@code null} when the
   * whole file is to be sent (no header, another unit, several ranges or a syntax error, which RFC
   * 9110 lets a server ignore), {@link #UNSATISFIABLE} when no byte of it exists.
   */
  static ByteRange parse(String header, long size) {
    if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
      return null;
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (spec.indexOf(',') >= 0 || dash < 0) {
      return null;
    }
    long first = digits(spec.substring(0, dash).trim());
    long last = digits(spec.substring(dash + 1).trim());
    if (dash == 0 || spec.substring(0, dash).isBlank()) {
      // suffix range: the last n bytes
      if (last < 0) {
        return null;
      }
      if (last == 0 || size == 0) {
        return UNSATISFIABLE;
      }
      return new ByteRange(Math.max(0, size - last), size - 1);
    }
    if (first < 0 || (last < 0 && !spec.substring(dash + 1).isBlank())
        || (last >= 0 && last < first)) {
      return null;
    }
    if (first >= size) {
      return UNSATISFIABLE;
    }
    return new ByteRange(first, last < 0 || last >= size ? size - 1 : last);
  }

  /** The value of ASCII digits (at most 18 of them), or -1. */
  private static long digits(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(text);
  }
}
