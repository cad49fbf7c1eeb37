package dev.kiln.example.notes;

/**
 * What an upload stored.
 *
 * @param noteId the note the bytes belong to
 * @param size their length in bytes
 * @param contentType the media type they were sent with
 */
public record Attachment(long noteId, int size, String contentType) {}
