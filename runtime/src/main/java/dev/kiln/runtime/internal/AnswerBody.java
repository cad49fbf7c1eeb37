package dev.kiln.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes answer bodies in bounded slices. The JDK server copies each {@code write} into a
 * temporary direct buffer as large as that write (per thread), so one {@code write} of a 1.6 MB
 * asset by 200 concurrent requests costs hundreds of megabytes; slices of {@value #SLICE} bytes
 * cost a fixed amount per connection however large the answer is or however slowly it is read.
 */
public final class AnswerBody {
  /** The largest single write to the JDK's stream, in bytes. */
  public static final int SLICE = 32 * 1024;

  private AnswerBody() {}

  /** Writes {@code body} to {@code out} in slices of at most {@link #SLICE} bytes. */
  public static void write(OutputStream out, byte[] body) throws IOException {
    for (int offset = 0; offset < body.length; offset += SLICE) {
      out.write(body, offset, Math.min(SLICE, body.length - offset));
    }
  }
}
