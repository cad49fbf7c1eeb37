package dev.kiln.runtime.generated;

import dev.kiln.runtime.Upload;
import java.util.List;

/**
 * A parsed {@code multipart/form-data} body (RFC 7578), as generated multipart readers read it,
 * called by generated code only. Text fields are the parts' contents as UTF-8; a file field is a
 * part with a {@code filename}. A file input left empty (a part with an empty file name and no
 * content, as browsers send it) counts as absent.
 */
public interface MultipartInput {
  /**
   * The text of the first part named {@code name}, or {@code null}; content that is not UTF-8 is
   * added to {@code errors} as {@code invalid_format} and yields {@code null}.
   */
  String first(RequestErrors errors, String name);

  /** The texts of every part named {@code name}, in order (empty if none); see {@link #first}. */
  List<String> all(RequestErrors errors, String name);

  /**
   * The first file part named {@code name}, or {@code null}; when {@code required}, an absent one
   * is added to {@code errors} as {@code missing}.
   */
  Upload file(RequestErrors errors, String name, boolean required);

  /** Every file part named {@code name}, in order (empty if none). */
  List<Upload> files(String name);
}
