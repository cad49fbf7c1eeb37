package dev.kiln.runtime;

import java.nio.file.Path;

/**
 * How the server reads {@code multipart/form-data} request bodies (RFC 7578); set with {@link
 * KilnServer.Builder#multipartLimits}. The whole body is limited by {@link
 * KilnServer.Builder#maxBodySize} like every body; a body over any limit is answered 413 as soon
 * as the limit is passed, with a problem body and {@code Connection: close}.
 *
 * @param maxParts the most parts a body may have
 * @param maxPartSize the largest content of one part, in bytes
 * @param memoryThreshold the largest content kept in memory, in bytes; a larger one is written to
 *     a temporary file as it arrives
 * @param directory where temporary files go; {@code null} for {@code java.io.tmpdir}
 */
public record MultipartLimits(int maxParts, long maxPartSize, int memoryThreshold,
    Path directory) {

  /** 100 parts, 10 MiB a part, 64 KiB in memory, temporary files in {@code java.io.tmpdir}. */
  public static final MultipartLimits DEFAULTS =
      new MultipartLimits(100, 10L * 1024 * 1024, 64 * 1024, null);

  /** Checks the limits: at least one part, sizes not negative. */
  public MultipartLimits {
    if (maxParts < 1 || maxPartSize < 0 || memoryThreshold < 0) {
      throw new IllegalArgumentException("multipart limits must be positive: maxParts "
          + maxParts + ", maxPartSize " + maxPartSize + ", memoryThreshold " + memoryThreshold);
    }
  }

  /** These limits with {@code parts} as {@link #maxParts()}. */
  public MultipartLimits withMaxParts(int parts) {
    return new MultipartLimits(parts, maxPartSize, memoryThreshold, directory);
  }

  /** These limits with {@code bytes} as {@link #maxPartSize()}. */
  public MultipartLimits withMaxPartSize(long bytes) {
    return new MultipartLimits(maxParts, bytes, memoryThreshold, directory);
  }

  /** These limits with {@code bytes} as {@link #memoryThreshold()}. */
  public MultipartLimits withMemoryThreshold(int bytes) {
    return new MultipartLimits(maxParts, maxPartSize, bytes, directory);
  }

  /** These limits with temporary files in {@code folder}. */
  public MultipartLimits withDirectory(Path folder) {
    return new MultipartLimits(maxParts, maxPartSize, memoryThreshold, folder);
  }
}
