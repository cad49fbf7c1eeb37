package dev.kiln.runtime.web;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file found under a static folder: its name (for the media type), size in bytes, last
 * modification in milliseconds since the epoch (0 if unknown), and how to read it.
 */
record StaticFile(String name, long size, long lastModified, Opener opener) {

  /** Opens the file's content. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * The entity tag: size and modification time, so it changes when the file does (a strong
   * validator for files that are replaced whole, as deployed assets are).
   */
  String etag() {
    return "\"" + Long.toHexString(size) + "-" + Long.toHexString(lastModified) + "\"";
  }
}
