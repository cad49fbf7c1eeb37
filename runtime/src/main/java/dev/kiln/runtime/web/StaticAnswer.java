package dev.kiln.runtime.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.generated.EntityTags;
import dev.kiln.runtime.generated.RouteExchange;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers one static file request: conditional requests, ranges, and the body in slices. */
final class StaticAnswer {
  /** The largest slice written at once. */
  static final int SLICE = 16 * 1024;

  private final StaticSource source;
  private final String cacheControl;
  private final String indexFile;

  StaticAnswer(StaticSource source, String cacheControl, String indexFile) {
    this.source = source;
    this.cacheControl = cacheControl;
    this.indexFile = indexFile;
  }

  /** Answers the request for the file named by the route's first {@code depth} path values. */
  void send(RouteExchange exchange, int depth) throws IOException {
    List<String> segments = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      segments.add(exchange.pathParam(i));
    }
    List<String> safe = SafeSegments.check(segments);
    StaticFile file = safe == null ? null : source.find(safe, indexFile);
    if (file == null) {
      throw new ProblemException(Problem.of(404, "No file at " + exchange.rawPath() + "."));
    }
    HttpExchange http = exchange.http();
    Headers headers = http.getResponseHeaders();
    String etag = file.etag();
    headers.set("ETag", etag);
    if (file.lastModified() > 0) {
      headers.set("Last-Modified", HttpDates.format(file.lastModified()));
    }
    headers.set("Cache-Control", cacheControl);
    headers.set("Accept-Ranges", "bytes");
    if (notModified(http.getRequestHeaders(), file, etag)) {
      exchange.respondEmpty(304);
      return;
    }
    headers.set("Content-Type", ContentTypes.of(file.name()));
    headers.set("X-Content-Type-Options", "nosniff");
    ByteRange range = ranged(http.getRequestHeaders(), file, etag)
        ? ByteRange.parse(http.getRequestHeaders().getFirst("Range"), file.size()) : null;
    if (range == ByteRange.UNSATISFIABLE) {
      throw new ProblemException(Problem.of(416, "The file has " + file.size()
          + " bytes; the requested range lies beyond them."),
          Map.of("Content-Range", "bytes */" + file.size()));
    }
    if (range == null) {
      write(exchange, file, 200, 0, file.size());
    } else {
      headers.set("Content-Range",
          "bytes " + range.first() + "-" + range.last() + "/" + file.size());
      write(exchange, file, 206, range.first(), range.length());
    }
  }

  /**
   * RFC 9110 section 13.2.2: {@code If-None-Match} (weak comparison, {@code *} matches) decides;
   * only without it is {@code If-Modified-Since} compared, to the second.
   */
  private static boolean notModified(Headers request, StaticFile file, String etag) {
    String ifNoneMatch = request.getFirst("If-None-Match");
    if (ifNoneMatch != null) {
      return EntityTags.matches(ifNoneMatch, etag);
    }
    String ifModifiedSince = request.getFirst("If-Modified-Since");
    if (ifModifiedSince == null || file.lastModified() <= 0) {
      return false;
    }
    long since = HttpDates.parseSeconds(ifModifiedSince);
    return since >= 0 && file.lastModified() / 1000 <= since;
  }

  /** Whether a {@code Range} applies: no {@code If-Range}, or one naming this exact file. */
  private static boolean ranged(Headers request, StaticFile file, String etag) {
    String ifRange = request.getFirst("If-Range");
    if (ifRange == null) {
      return true;
    }
    String value = ifRange.trim();
    if (value.startsWith("\"")) {
      return value.equals(etag);
    }
    long date = HttpDates.parseSeconds(value);
    return date >= 0 && file.lastModified() > 0 && file.lastModified() / 1000 == date;
  }

  /**
   * Sends {@code length} bytes from {@code offset} with {@code Content-Length} framing, in
   * slices of at most {@link #SLICE} bytes; for {@code HEAD} only the headers. Through the
   * exchange, which notes the answer as sent and closes the connection if the client goes away
   * or the file ends early (a half-sent answer cannot keep its connection alive).
   */
  private static void write(RouteExchange exchange, StaticFile file, int status, long offset,
      long length) throws IOException {
    String contentType = exchange.http().getResponseHeaders().getFirst("Content-Type");
    if (exchange.http().getRequestMethod().equals("HEAD") || length == 0) {
      exchange.respond(status, contentType, length, out -> { });
      return;
    }
    try (InputStream in = file.opener().open()) {
      in.skipNBytes(offset);
      exchange.respond(status, contentType, length, out -> copy(in, out, length));
    }
  }

  private static void copy(InputStream in, OutputStream out, long length) throws IOException {
    byte[] slice = new byte[(int) Math.min(SLICE, length)];
    long left = length;
    while (left > 0) {
      int read = in.read(slice, 0, (int) Math.min(slice.length, left));
      if (read < 0) {
        throw new IOException("the file ended " + left + " bytes early");
      }
      out.write(slice, 0, read);
      left -= read;
    }
  }
}
