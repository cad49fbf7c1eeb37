package dev.kiln.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** An {@link Upload} held in memory ({@link Upload#of}); its {@link #path()} is a new temporary file. */
final class BytesUpload implements Upload {
  private final String fileName;
  private final String contentType;
  private final byte[] content;

  BytesUpload(String fileName, String contentType, byte[] content) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = Objects.requireNonNull(content, "content");
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public String contentType() {
    return contentType;
  }

  @Override
  public long size() {
    return content.length;
  }

  @Override
  public InputStream inputStream() {
    return new ByteArrayInputStream(content);
  }

  @Override
  public Path path() throws IOException {
    Path file = Files.createTempFile("kiln-upload-", ".part");
    file.toFile().deleteOnExit();
    return Files.write(file, content);
  }

  @Override
  public byte[] bytes() {
    return content.clone();
  }

  @Override
  public String toString() {
    return "Upload[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
  }
}
