package dev.kiln.example.ui;

import dev.kiln.runtime.Upload;

/**
 * The photo form of a pet's page ({@code multipart/form-data}).
 *
 * @param photo the image file
 */
public record PhotoForm(Upload photo) {}
