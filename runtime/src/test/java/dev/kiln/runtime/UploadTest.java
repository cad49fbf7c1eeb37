package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Upload#of}, the upload a unit test hands a handler, and {@link MultipartLimits}. */
class UploadTest {
  private static final byte[] CONTENT = "hello".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path folder;

  @Test
  void anUploadInMemoryGivesItsContentEveryWay() throws IOException {
    Upload upload = Upload.of("a.txt", "text/plain", CONTENT);

    assertThat(upload.fileName()).isEqualTo("a.txt");
    assertThat(upload.contentType()).isEqualTo("text/plain");
    assertThat(upload.size()).isEqualTo(5);
    assertThat(upload.bytes()).isEqualTo(CONTENT);
    try (InputStream first = upload.inputStream(); InputStream second = upload.inputStream()) {
      assertThat(first.readAllBytes()).isEqualTo(CONTENT);
      assertThat(second.readAllBytes()).isEqualTo(CONTENT);
    }
    Path file = upload.path();
    assertThat(Files.readAllBytes(file)).isEqualTo(CONTENT);
    Files.delete(file);
    Path target = folder.resolve("copy.txt");
    Files.writeString(target, "old content, longer");
    upload.transferTo(target);
    assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
    assertThat(upload).hasToString("Upload[a.txt, text/plain, 5 bytes]");
  }

  @Test
  void limitsAreCheckedAndChangedOneAtATime() {
    MultipartLimits limits = MultipartLimits.DEFAULTS.withMaxParts(3).withMaxPartSize(10)
        .withMemoryThreshold(2).withDirectory(folder);

    assertThat(limits).isEqualTo(new MultipartLimits(3, 10, 2, folder));
    assertThat(MultipartLimits.DEFAULTS)
        .isEqualTo(new MultipartLimits(100, 10L * 1024 * 1024, 64 * 1024, null));
    assertThatThrownBy(() -> MultipartLimits.DEFAULTS.withMaxParts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multipart limits must be positive: maxParts 0, maxPartSize 10485760, "
            + "memoryThreshold 65536");
    assertThatThrownBy(() -> KilnServer.builder().multipartLimits(null))
        .isInstanceOf(NullPointerException.class).hasMessage("limits");
  }
}
