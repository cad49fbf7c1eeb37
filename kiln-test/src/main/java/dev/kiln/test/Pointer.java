package dev.kiln.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** RFC 6901 JSON pointers and their URI fragment form (RFC 6901 section 6). */
final class Pointer {
  private static final String FRAGMENT_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";

  private Pointer() {}

  /** The pointer to {@code names}: {@code of("paths", "/a")} is {@code /paths/~1a}. */
  static String of(String... names) {
    StringBuilder pointer = new StringBuilder();
    for (String name : names) {
      pointer.append('/').append(escape(name));
    }
    return pointer.toString();
  }

  /** One reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** {@code pointer} as a URI fragment: UTF-8 percent-encoded where a fragment needs it. */
  static String uriFragment(String pointer) {
    StringBuilder fragment = new StringBuilder();
    for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0 && FRAGMENT_SAFE.indexOf(b) >= 0) {
        fragment.append((char) b);
      } else {
        fragment.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return fragment.toString();
  }

  /** The pointer a URI fragment ({@code #/components/schemas/A%20B} without {@code #}) names. */
  static String fromUriFragment(String fragment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '%' && i + 2 < fragment.length()) {
        bytes.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
