package dev.kiln.runtime.internal;

import dev.kiln.runtime.MultipartLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Kiln's streaming {@code multipart/form-data} parser (RFC 7578 on the RFC 2046 section 5.1.1
 * syntax): reads the body once through a fixed buffer, ignores the preamble and epilogue,
 * accepts transport padding after a delimiter, and hands each part's content to a {@link
 * PartContent} as it arrives (memory, then a temporary file). Part headers are at most {@value
 * #MAX_HEADER_BYTES} bytes a part, lines ending in CRLF.
 *
 * <p>Answers (by throwing a {@code ProblemException}) 400 {@code malformed_multipart} for a
 * malformed body or one that ends before its close delimiter, and 413 {@code content_too_large}
 * as soon as a limit is passed. Temporary files go to the {@link UploadFiles} of the request,
 * which deletes them on every path.
 */
final class MultipartParser {
  /** The most bytes of header lines one part may have. */
  static final int MAX_HEADER_BYTES = 16 * 1024;
  /** The most transport-padding spaces and tabs after a delimiter. */
  private static final int MAX_PADDING = 256;

  private final InputStream in;
  private final MultipartLimits limits;
  private final UploadFiles files;
  /** CRLF "--" boundary: what ends a part's content. */
  private final byte[] delimiter;
  private final byte[] buffer;
  private int pos;
  private int limit;

  MultipartParser(InputStream in, String boundary, MultipartLimits limits, UploadFiles files) {
    this.in = in;
    this.limits = limits;
    this.files = files;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.buffer = new byte[2 * MAX_HEADER_BYTES];
    // the body read as if it began with CRLF, so a first delimiter at its very start matches
    buffer[0] = '\r';
    buffer[1] = '\n';
    limit = 2;
  }

  /**
   * The {@code boundary} parameter of a {@code multipart/form-data} {@code Content-Type}.
   *
   * @throws dev.kiln.runtime.ProblemException 400 if it is absent or not 1 to 70 of RFC 2046's
   *     boundary characters
   */
  static String boundary(String contentType) {
    int semicolon = contentType.indexOf(';');
    String boundary = null;
    if (semicolon >= 0) {
      ParamCursor cursor = new ParamCursor(contentType.substring(semicolon));
      while (cursor.nextParameter()) {
        String name = cursor.token();
        cursor.expect('=');
        String value = cursor.value();
        if (name.equalsIgnoreCase("boundary") && boundary == null) {
          boundary = value;
        }
      }
    }
    if (boundary == null) {
      throw MultipartProblems.malformed("The multipart Content-Type has no boundary parameter.");
    }
    if (!isBoundary(boundary)) {
      throw MultipartProblems.malformed("The multipart boundary must be 1 to 70 letters, digits"
          + " or '()+_,-./:=? and spaces, not ending in a space.");
    }
    return boundary;
  }

  private static boolean isBoundary(String boundary) {
    if (boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < boundary.length(); i++) {
      char c = boundary.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9');
      if (!alphanumeric && "'()+_,-./:=? ".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads the whole body into its parts, in order. */
  List<MultipartPart> parse() throws IOException {
    copyUntilDelimiter(null, true); // the preamble is discarded
    List<MultipartPart> parts = new ArrayList<>();
    while (!closeDelimiter()) {
      if (parts.size() == limits.maxParts()) {
        throw MultipartProblems.tooManyParts(limits.maxParts());
      }
      PartHeaders headers = readHeaders();
      String name = headers.name();
      PartContent content = new PartContent(limits, files, name);
      try {
        copyUntilDelimiter(content, false);
      } finally {
        content.close();
      }
      parts.add(new MultipartPart(name, headers.fileName(), headers.contentType(), content,
          files));
    }
    return parts; // the epilogue is left unread (the server drains it)
  }

  /**
   * Moves the bytes before the next delimiter to {@code content} ({@code null}: drops them) and
   * consumes the delimiter; {@code preamble}: before the first delimiter.
   */
  private void copyUntilDelimiter(PartContent content, boolean preamble) throws IOException {
    while (true) {
      int found = indexOfDelimiter();
      if (found >= 0) {
        write(content, found - pos);
        pos = found + delimiter.length;
        return;
      }
      // keep what may be the beginning of a delimiter
      int keep = Math.min(limit - pos, delimiter.length - 1);
      write(content, limit - pos - keep);
      if (!fill()) {
        throw preamble
            ? MultipartProblems.malformed("The multipart body has no boundary delimiter.")
            : MultipartProblems.truncated();
      }
    }
  }

  private void write(PartContent content, int length) throws IOException {
    if (content != null) {
      content.write(buffer, pos, length);
    }
    pos += length;
  }

  private int indexOfDelimiter() {
    int last = limit - delimiter.length;
    outer:
    for (int i = pos; i <= last; i++) {
      if (buffer[i] != '\r') {
        continue;
      }
      for (int j = 1; j < delimiter.length; j++) {
        if (buffer[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * After a delimiter: {@code true} for the close delimiter ({@code --}); {@code false} when a
   * part follows (optional spaces and tabs, then CRLF).
   */
  private boolean closeDelimiter() throws IOException {
    require(2);
    if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
      pos += 2;
      return true;
    }
    for (int padding = 0; buffer[pos] == ' ' || buffer[pos] == '\t'; padding++) {
      if (padding == MAX_PADDING) {
        throw MultipartProblems.malformed("A boundary delimiter is followed by more than "
            + MAX_PADDING + " spaces.");
      }
      pos++;
      require(2);
    }
    if (buffer[pos] != '\r' || buffer[pos + 1] != '\n') {
      throw MultipartProblems.malformed("A boundary delimiter is followed by other text than "
          + "CRLF or --: the boundary occurs inside a part, or the body is not multipart.");
    }
    pos += 2;
    return false;
  }

  private PartHeaders readHeaders() throws IOException {
    PartHeaders headers = new PartHeaders();
    int budget = MAX_HEADER_BYTES;
    while (true) {
      int end = lineEnd(budget);
      int length = end - pos;
      if (length == 0) {
        pos += 2;
        return headers;
      }
      headers.add(headerText(pos, length));
      budget -= length + 2;
      pos = end + 2;
    }
  }

  /** The position of the CRLF ending the line at {@link #pos}, no more than {@code budget} away. */
  private int lineEnd(int budget) throws IOException {
    int from = pos;
    while (true) {
      for (int i = from; i < limit; i++) {
        if (buffer[i] == '\n') {
          if (i == pos || buffer[i - 1] != '\r') {
            throw MultipartProblems.malformed("A part's header line does not end with CRLF.");
          }
          if (i - 1 - pos + 2 > budget) {
            throw MultipartProblems.headersTooLarge(MAX_HEADER_BYTES);
          }
          return i - 1;
        }
      }
      if (limit - pos > budget) {
        throw MultipartProblems.headersTooLarge(MAX_HEADER_BYTES);
      }
      from = limit - pos;
      if (!fill()) {
        throw MultipartProblems.truncated();
      }
      from = pos + from;
    }
  }

  /** A header line's bytes as UTF-8 (browsers send file names so), else as ISO-8859-1. */
  private String headerText(int offset, int length) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(buffer, offset, length)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(buffer, offset, length, StandardCharsets.ISO_8859_1);
    }
  }

  /** Makes {@code n} bytes available at {@link #pos}; 400 if the body ends first. */
  private void require(int n) throws IOException {
    while (limit - pos < n) {
      if (!fill()) {
        throw MultipartProblems.truncated();
      }
    }
  }

  /**
   * Moves the unread bytes to the buffer's start and reads more after them.
   *
   * @return {@code false} at the end of the body
   */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    int n;
    do {
      n = in.read(buffer, limit, buffer.length - limit);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }
}
