package dev.kiln.processor.model;

import javax.lang.model.element.Element;

/**
 * One record component as a JSON property.
 *
 * @param element where diagnostics about the component go (its field, placed on the component)
 * @param javaName the component's name, also its accessor's name
 * @param jsonName the JSON property name
 * @param type the component's type
 * @param required whether an absent property is an error ({@code missing}); absent lists read as
 *     empty, absent {@code Optional}s as empty, absent nullable values as {@code null}
 * @param accessor the accessor's simple name: the record accessor, a getter, or a public field
 * @param field whether {@code accessor} is a field rather than a method
 * @param description the record's {@code @param} text of the component, else its field's Javadoc
 *     text, or {@code null}
 * @param deprecated whether the component is {@code @Deprecated}
 */
public record ComponentModel(Element element, String javaName, String jsonName, TypeModel type,
    boolean required, String accessor, boolean field, String description, boolean deprecated) {}
