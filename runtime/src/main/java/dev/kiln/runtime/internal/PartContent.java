package dev.kiln.runtime.internal;

import dev.kiln.runtime.MultipartLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one part's content goes as it arrives: memory up to the threshold, then a temporary file
 * (what arrived so far is moved there). Counts the bytes against the part size limit.
 */
final class PartContent {
  private final MultipartLimits limits;
  private final UploadFiles files;
  private final String name;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream(256);
  private Path file;
  private OutputStream out;
  private long size;

  /** {@code name}: the part's name, for the 413 problem. */
  PartContent(MultipartLimits limits, UploadFiles files, String name) {
    this.limits = limits;
    this.files = files;
    this.name = name;
  }

  /**
   * Adds {@code length} bytes of {@code buffer} at {@code offset}.
   *
   * @throws dev.kiln.runtime.ProblemException 413 past the part size limit
   * @throws IOException if the temporary file cannot be written
   */
  void write(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return;
    }
    if (size + length > limits.maxPartSize()) {
      throw MultipartProblems.partTooLarge(name, limits.maxPartSize());
    }
    size += length;
    if (out == null && size > limits.memoryThreshold()) {
      file = files.create();
      out = Files.newOutputStream(file);
      memory.writeTo(out);
      memory = null;
    }
    if (out != null) {
      out.write(buffer, offset, length);
    } else {
      memory.write(buffer, offset, length);
    }
  }

  /** Closes the temporary file, if any (also after a failure: the request then deletes it). */
  void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }

  /** The bytes in memory, or {@code null} when the content is in {@link #file()}. */
  byte[] bytes() {
    return memory == null ? null : memory.toByteArray();
  }

  /** The temporary file holding the content, or {@code null} when it is in memory. */
  Path file() {
    return file;
  }

  /** The content's size in bytes. */
  long size() {
    return size;
  }
}
