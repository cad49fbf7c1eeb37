package dev.kiln.example.uploads;

/**
 * One received file.
 *
 * @param name its file name as the client gave it (empty if none)
 * @param contentType its media type as the client gave it
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, 64 lower-case hex digits
 */
public record UploadedFile(String name, String contentType, long size, String sha256) {}
