package dev.kiln.example.ui;

import dev.kiln.example.uploads.Digests;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.Upload;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The pets' photos, one per pet, kept in memory (the example's store has no column for them). */
public final class PetPhotos {
  /** The largest photo kept: 2 MiB. */
  public static final long MAX_SIZE = 2L * 1024 * 1024;

  private final Map<Long, Photo> photos = new ConcurrentHashMap<>();

  /**
   * A stored photo.
   *
   * @param fileName the file name it was uploaded with
   * @param contentType its media type as uploaded
   * @param size its size in bytes
   * @param sha256 its SHA-256, hex
   * @param content its bytes
   */
  public record Photo(String fileName, String contentType, long size, String sha256,
      byte[] content) {}

  /**
   * Keeps {@code upload} as the photo of pet {@code id}, replacing any.
   *
   * @throws ProblemException 413 if it is larger than {@link #MAX_SIZE}; 422 if it is no image
   */
  public Photo put(long id, Upload upload) throws IOException {
    Optional<String> fault = fault(upload);
    if (fault.isPresent()) {
      throw new ProblemException(Problem.of(upload.size() > MAX_SIZE ? 413 : 422, fault.get()));
    }
    Photo photo = new Photo(upload.fileName(), upload.contentType(), upload.size(),
        Digests.sha256(upload), upload.bytes());
    photos.put(id, photo);
    return photo;
  }

  /**
   * Why {@code upload} cannot be a photo: larger than {@link #MAX_SIZE}, or not of an {@code
   * image/*} type; empty if it can.
   */
  public static Optional<String> fault(Upload upload) {
    if (upload.size() > MAX_SIZE) {
      return Optional.of("The photo is larger than " + MAX_SIZE + " bytes.");
    }
    if (!upload.contentType().startsWith("image/")) {
      return Optional.of("The photo is " + upload.contentType() + ", not an image.");
    }
    return Optional.empty();
  }

  /** The photo of pet {@code id}, if it has one. */
  public Optional<Photo> get(long id) {
    return Optional.ofNullable(photos.get(id));
  }
}
