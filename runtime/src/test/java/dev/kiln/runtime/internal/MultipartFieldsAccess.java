package dev.kiln.runtime.internal;

import dev.kiln.runtime.MultipartLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The parts {@link MultipartParser} reads, for the parser's tests and fuzz target. */
final class MultipartFieldsAccess {
  private MultipartFieldsAccess() {}

  static List<MultipartPart> parts(InputStream body, String contentType, MultipartLimits limits,
      UploadFiles files) throws IOException {
    return new MultipartParser(body, MultipartParser.boundary(contentType), limits, files).parse();
  }
}
