package dev.kiln.runtime.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary files of one request's uploads: created in the configured folder, deleted
 * together once the answer has been sent (whatever happened while answering).
 */
final class UploadFiles {
  private final Path directory;
  private final List<Path> files = new ArrayList<>(2);

  /** {@code directory}: where files go; {@code null} for {@code java.io.tmpdir}. */
  UploadFiles(Path directory) {
    this.directory = directory;
  }

  /** A new empty temporary file, to be deleted by {@link #deleteAll()}. */
  Path create() throws IOException {
    Path file = directory == null ? Files.createTempFile("kiln-upload-", ".part")
        : Files.createTempFile(directory, "kiln-upload-", ".part");
    files.add(file);
    return file;
  }

  /** How many files were created and not yet deleted. */
  int count() {
    return files.size();
  }

  /** Deletes every file created; a file that cannot be deleted is logged. */
  void deleteAll() {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        KilnLog.get().log(Level.WARNING, "Cannot delete the upload file " + file + ": " + e);
      }
    }
    files.clear();
  }
}
