package dev.kiln.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes answer bodies in bounded slices, and cleans header values. Called by the server only. The JDK server copies each {@code write} into a
 * temporary direct buffer as large as that write (per thread), so one {@code write} of a 1.6 MB
 * asset by 200 concurrent requests costs hundreds of megabytes; slices of {@value #SLICE} bytes
 * cost a fixed amount per connection however large the response is or however slowly it is read.
 */
final class ResponseBody {
  /** The largest single write to the JDK's stream, in bytes. */
  static final int SLICE = 32 * 1024;

  private ResponseBody() {}

  /** Writes {@code body} to {@code out} in slices of at most {@link #SLICE} bytes. */
  static void write(OutputStream out, byte[] body) throws IOException {
    for (int offset = 0; offset < body.length; offset += SLICE) {
      out.write(body, offset, Math.min(SLICE, body.length - offset));
    }
  }

  /**
   * Ends a body written to {@code out}: closes it, or only flushes it if the connection is
   * {@code closing}: closing the JDK's stream would first drain the unread request body (a client
   * that declared 1 GB and sends nothing holds it until {@code maxReqTime}).
   */
  static void end(OutputStream out, boolean closing) throws IOException {
    if (closing) {
      out.flush();
    } else {
      out.close();
    }
  }

  /**
   * {@code value} with each control character but HTAB replaced by a space (RFC 9110 section
   * 5.5): a handler that echoes a request header cannot split or corrupt the response's head.
   */
  static String withoutControls(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return value.replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", " ");
      }
    }
    return value;
  }
}
