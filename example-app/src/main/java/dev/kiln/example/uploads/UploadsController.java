package dev.kiln.example.uploads;

import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Status;
import dev.kiln.annotations.Tag;
import dev.kiln.runtime.Upload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Receives files as {@code multipart/form-data} and reports what arrived. */
@Tag("uploads")
@Path("/uploads")
public final class UploadsController {

  /**
   * Reads one or more {@code file} parts and a {@code description}, and answers each file's
   * name, size and SHA-256; nothing is stored (the parts' temporary files are deleted after the
   * answer).
   */
  @Post
  @Consumes("multipart/form-data")
  @Status(201)
  public UploadReceipt upload(NewUpload upload) throws IOException {
    List<UploadedFile> files = new ArrayList<>();
    for (Upload file : upload.file()) {
      files.add(new UploadedFile(file.fileName(), file.contentType(), file.size(),
          Digests.sha256(file)));
    }
    return new UploadReceipt(upload.description(), files);
  }
}
