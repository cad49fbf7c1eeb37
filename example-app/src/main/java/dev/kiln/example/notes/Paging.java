package dev.kiln.example.notes;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Paging query parameters shared by list operations: {@code ?page=0&size=20}.
 *
 * @param page the zero-based page
 * @param size the page size, 1 to 100
 */
public record Paging(
    @QueryParam @DefaultValue("0") @Min(0) int page,
    @QueryParam @DefaultValue("20") @Min(1) @Max(100) int size) {}
