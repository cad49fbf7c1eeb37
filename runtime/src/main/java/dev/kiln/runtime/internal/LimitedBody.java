package dev.kiln.runtime.internal;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The request body as handlers read it: counts bytes and answers 413 (by throwing a {@link
 * ProblemException}) as soon as more than the limit arrived, so a chunked body larger than the
 * limit is never read into memory. Closing it does not close the JDK's stream: the exchange does
 * that after the answer, so an early 413 is sent before the JDK drains what is left.
 */
public final class LimitedBody extends InputStream {
  private final InputStream in;
  private final long limit;
  private long count;
  private boolean failed;

  public LimitedBody(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Whether reading from the client failed (it went away or sent a broken body). */
  public boolean failed() {
    return failed;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    // read at most one byte past the limit: that byte proves the body too large
    long allowed = limit - count + 1;
    int n;
    try {
      n = in.read(buffer, offset, (int) Math.min(length, allowed));
    } catch (IOException e) {
      failed = true;
      throw e;
    } catch (IndexOutOfBoundsException e) {
      // the JDK's chunk parser overflows on a chunk size of 2^31 or more and reads a negative length
      failed = true;
      throw RequestChecks.unreadableBody();
    }
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw tooLarge(limit);
      }
    }
    return n;
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  @Override
  public void close() {
    // the exchange closes the JDK's stream after answering
  }

  /** The 413 problem for a body over {@code limit} bytes, closing the connection. */
  public static ProblemException tooLarge(long limit) {
    String message = "must be at most " + limit + " bytes";
    RequestError error =
        RequestError.body("", ErrorCodes.CONTENT_TOO_LARGE, message, true);
    return new ProblemException(
        Problem.of(413, "The request body is larger than " + limit + " bytes.")
            .withErrors(List.of(error)),
        Map.of("Connection", "close"));
  }
}
