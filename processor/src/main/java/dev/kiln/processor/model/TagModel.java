package dev.kiln.processor.model;

/**
 * The OpenAPI tag grouping an operation: {@code @Tag} on the method, else on its class, else the
 * class's simple name.
 *
 * @param name the tag's name
 * @param description the tag's description ({@code @Tag(description)}, else the class's Javadoc
 *     summary for a class tag), or {@code null}
 */
public record TagModel(String name, String description) {}
