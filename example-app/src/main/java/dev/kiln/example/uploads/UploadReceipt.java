package dev.kiln.example.uploads;

import java.util.List;

/**
 * What {@code POST /uploads} received.
 *
 * @param description the upload's description
 * @param files each file, in the order sent
 */
public record UploadReceipt(String description, List<UploadedFile> files) {}
