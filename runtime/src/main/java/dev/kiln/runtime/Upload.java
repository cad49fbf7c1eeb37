package dev.kiln.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A file sent in a {@code multipart/form-data} request body (RFC 7578): one part with its file
 * name, media type and content. A record component of this type (or {@code List<Upload>}, {@code
 * Optional<Upload>}) binds the part of the same name when a handler's {@code @Consumes} names
 * {@code multipart/form-data}.
 *
 * <p>Small contents are held in memory, larger ones in a temporary file (see {@link
 * MultipartLimits#memoryThreshold()}). Either way the content is available until the answer has
 * been sent; then Kiln deletes the temporary files. Copy what you keep ({@link #transferTo}),
 * also for work done after the answer.
 */
public interface Upload {

  /**
   * The part's file name ({@code filename}, or {@code filename*} when given, of its {@code
   * Content-Disposition}) without any directory a client put in front of it; empty when the part
   * named none. Chosen by the client: never use it as a path unchecked.
   */
  String fileName();

  /** The part's {@code Content-Type}; {@code application/octet-stream} when it had none. */
  String contentType();

  /** The size of the content in bytes. */
  long size();

  /**
   * A new stream over the content, from its first byte; the caller closes it.
   *
   * @throws IOException if the temporary file cannot be read (e.g. after the answer was sent)
   */
  InputStream inputStream() throws IOException;

  /**
   * The content as a file: the temporary file holding it, or one written on first call for a
   * content held in memory. Deleted after the answer was sent; never move or change it.
   *
   * @throws IOException if the file cannot be written
   */
  Path path() throws IOException;

  /**
   * The whole content in memory.
   *
   * @throws IOException if the temporary file cannot be read
   */
  default byte[] bytes() throws IOException {
    try (InputStream in = inputStream()) {
      return in.readAllBytes();
    }
  }

  /**
   * Copies the content to {@code target}, replacing it if it exists; to keep it past the answer.
   *
   * @throws IOException if reading or writing fails
   */
  default void transferTo(Path target) throws IOException {
    try (InputStream in = inputStream()) {
      java.nio.file.Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * An upload held in memory, e.g. to call a handler in a unit test.
   *
   * @param fileName the file name, empty for none
   * @param contentType the media type
   * @param content the content (not copied)
   */
  static Upload of(String fileName, String contentType, byte[] content) {
    return new BytesUpload(fileName, contentType, content);
  }
}
