package dev.kiln.example.uploads;

import dev.kiln.runtime.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content digests of uploads. */
public final class Digests {
  private Digests() {}

  /** The SHA-256 of {@code upload}'s content as 64 lower-case hex digits, read as a stream. */
  public static String sha256(Upload upload) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(upload.inputStream(), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
