package dev.kiln.processor.model;

/**
 * A record or enum the OpenAPI document states once, in {@code components/schemas}.
 *
 * @param type the type as used ({@code Page<Item>} for a generic record)
 * @param record for a record or all-args class, its properties; {@code null} for an enum
 * @param description the type's Javadoc text, or {@code null}
 */
public record SchemaTypeModel(TypeModel type, RecordModel record, String description) {

  /** The key telling types apart: {@link TypeModel#key()}. */
  public String key() {
    return type.key();
  }
}
