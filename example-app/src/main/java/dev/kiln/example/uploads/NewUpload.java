package dev.kiln.example.uploads;

import dev.kiln.runtime.Upload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The parts of a {@code POST /uploads}.
 *
 * @param description what the files are
 * @param file the files: one part named {@code file} each
 */
public record NewUpload(@NotBlank @Size(max = 200) String description,
    @Size(min = 1, max = 10) List<Upload> file) {}
