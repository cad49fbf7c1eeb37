package dev.kiln.runtime.internal;

import dev.kiln.runtime.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One part of a {@code multipart/form-data} body as read: a text field's value or an {@link Upload}. */
final class MultipartPart implements Upload {
  private static final String OCTET_STREAM = "application/octet-stream";

  private final String name;
  private final String fileName;
  private final String contentType;
  private final byte[] memory;
  private final Path file;
  private final long size;
  private final UploadFiles files;
  private Path written;

  /**
   * @param fileName the file name, {@code null} when the part named none
   * @param contentType the part's {@code Content-Type}, or {@code null}
   * @param content where its content went
   * @param files the request's temporary files (for {@link #path()} of a content in memory)
   */
  MultipartPart(String name, String fileName, String contentType, PartContent content,
      UploadFiles files) {
    this.name = name;
    this.fileName = fileName;
    this.contentType = contentType;
    this.memory = content.bytes();
    this.file = content.file();
    this.size = content.size();
    this.files = files;
  }

  /** The part's field name. */
  String name() {
    return name;
  }

  /**
   * Whether the part stands for no file: no content and no file name, as browsers send a file
   * input left empty.
   */
  boolean isEmptyFile() {
    return size == 0 && (fileName == null || fileName.isEmpty());
  }

  /** Whether the part is a text field: its {@code Content-Disposition} named no file. */
  boolean isText() {
    return fileName == null;
  }

  /**
   * The content as strict UTF-8 text.
   *
   * @throws CharacterCodingException if it is not UTF-8
   */
  String text() throws IOException {
    byte[] bytes = memory != null ? memory : Files.readAllBytes(file);
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Override
  public String fileName() {
    return fileName == null ? "" : fileName;
  }

  @Override
  public String contentType() {
    return contentType == null ? OCTET_STREAM : contentType;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public InputStream inputStream() throws IOException {
    return memory != null ? new ByteArrayInputStream(memory) : Files.newInputStream(file);
  }

  @Override
  public Path path() throws IOException {
    if (file != null) {
      return file;
    }
    if (written == null) {
      written = Files.write(files.create(), memory);
    }
    return written;
  }

  @Override
  public byte[] bytes() throws IOException {
    return memory != null ? memory.clone() : Files.readAllBytes(file);
  }

  @Override
  public String toString() {
    return "Upload[" + name + ": " + fileName() + ", " + contentType() + ", " + size + " bytes]";
  }
}
