package dev.kiln.runtime.internal;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The request body, the one way every body kind is read (JSON, form, {@code byte[]}, {@code
 * InputStream}, chunked or not): refuses a {@code Content-Length} over the limit before reading,
 * counts bytes and responds 413 (by throwing a {@link ProblemException}) as soon as more than the
 * limit arrived, so a chunked body larger than the limit is never read into memory. Closing it
 * does not close the JDK's stream: the exchange does that after the response, so an early 413 is
 * sent before the JDK drains what is left.
 */
final class LimitedBody extends InputStream {
  private final InputStream in;
  private final long limit;
  private long count;
  private boolean failed;

  private LimitedBody(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /**
   * The body of {@code http}, at most {@code limit} bytes.
   *
   * @throws ProblemException 413 if its {@code Content-Length} is over {@code limit}
   */
  static LimitedBody open(HttpExchange http, long limit) {
    checkDeclaredLength(http, limit);
    return new LimitedBody(http.getRequestBody(), limit);
  }

  /**
   * Refuses a body whose {@code Content-Length} is over {@code limit}, before reading a byte of
   * it (the JDK then drains a little of it and closes the connection).
   *
   * @throws ProblemException 413
   */
  static void checkDeclaredLength(HttpExchange http, long limit) {
    if (declaredLength(http.getRequestHeaders().getFirst("Content-Length")) > limit) {
      throw tooLarge(limit);
    }
  }

  /** The value of a {@code Content-Length} header, or -1 if absent or unparsable. */
  static long declaredLength(String contentLength) {
    if (contentLength == null) {
      return -1;
    }
    try {
      return Long.parseLong(contentLength.trim());
    } catch (NumberFormatException e) {
      return -1; // the JDK server refuses these before Kiln sees the request
    }
  }

  /** Whether reading from the client failed (it went away or sent a broken body). */
  boolean failed() {
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
  static ProblemException tooLarge(long limit) {
    String message = "must be at most " + limit + " bytes";
    RequestError error =
        RequestError.body("", ErrorCodes.CONTENT_TOO_LARGE, message, true);
    return new ProblemException(
        Problem.of(413, "The request body is larger than " + limit + " bytes.")
            .withErrors(List.of(error)),
        Map.of("Connection", "close"));
  }
}
