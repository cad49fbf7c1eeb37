package dev.kiln.runtime.filter;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** The exchange {@link Compression} installs: decides when the headers go, then compresses. */
final class CompressingExchange extends ForwardingHttpExchange {
  private final String coding;
  private final int minimumSize;
  private DeflaterOutputStream compressed;
  private OutputStream body;
  private boolean closed;

  /** {@code coding}: {@code gzip}, {@code deflate}, or {@code null} when the client takes none. */
  CompressingExchange(HttpExchange delegate, String coding, int minimumSize) {
    super(delegate);
    this.coding = coding;
    this.minimumSize = minimumSize;
  }

  @Override
  public void sendResponseHeaders(int status, long length) throws IOException {
    Headers headers = getResponseHeaders();
    boolean head = getRequestMethod().equals("HEAD");
    // for HEAD the server sends no body (-1) and names the GET answer's length in the header
    long size = head ? declaredLength(headers.getFirst("Content-Length")) : length;
    boolean bodyless = status < 200 || status == 204 || status == 304 || (!head && length < 0);
    if (bodyless || headers.containsKey("Content-Encoding")
        || !Compression.isCompressible(headers.getFirst("Content-Type"))
        || (size > 0 && size < minimumSize)) {
      super.sendResponseHeaders(status, length);
      return;
    }
    VaryHeader.add(headers, "Accept-Encoding");
    if (coding == null) {
      super.sendResponseHeaders(status, length);
      return;
    }
    headers.set("Content-Encoding", coding);
    headers.remove("Content-Length");
    if (head) {
      super.sendResponseHeaders(status, -1);
      return;
    }
    super.sendResponseHeaders(status, 0);
    OutputStream raw = delegate().getResponseBody();
    compressed = coding.equals(AcceptEncoding.GZIP)
        ? new GZIPOutputStream(raw, 8192, true) : new DeflaterOutputStream(raw, true);
  }

  @Override
  public OutputStream getResponseBody() {
    if (compressed == null) {
      return super.getResponseBody();
    }
    if (body == null) {
      body = new FilterOutputStream(compressed) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          closed = true;
          out.close();
        }
      };
    }
    return body;
  }

  /** Ends the compressed stream first: a handler may close the exchange without its stream. */
  @Override
  public void close() {
    try {
      finish();
    } catch (IOException e) {
      // the client went away; closing the exchange below ends it
    }
    super.close();
  }

  /**
   * Writes the compressed stream's end if the handler did not close it (the server only flushes
   * an answer whose connection it closes afterwards).
   */
  void finish() throws IOException {
    if (compressed != null && !closed) {
      closed = true;
      compressed.finish();
      compressed.flush();
    }
  }

  private static long declaredLength(String contentLength) {
    if (contentLength == null) {
      return -1;
    }
    try {
      return Long.parseLong(contentLength.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
