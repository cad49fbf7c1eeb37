package dev.kiln.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * One constraint annotation as written on a type, component or parameter.
 *
 * @param kind which constraint
 * @param element the element it was found on, for diagnostics
 * @param mirror the annotation, for diagnostics
 * @param attributes the attribute values with defaults applied ({@code min}, {@code max}, {@code
 *     value}, {@code inclusive}, {@code regexp}, {@code flags}, {@code integer}, {@code fraction})
 * @param customMessage the {@code message} attribute when written, else {@code null}
 */
public record ConstraintModel(ConstraintKind kind, Element element, AnnotationMirror mirror,
    Map<String, Object> attributes, String customMessage) {

  public ConstraintModel {
    attributes = Map.copyOf(attributes);
  }

  /** An attribute as a long ({@code min}, {@code max}, {@code value}, ...). */
  public long longValue(String name) {
    return ((Number) attributes.get(name)).longValue();
  }

  /** An attribute as a string ({@code value} of {@code @DecimalMin}, {@code regexp}). */
  public String stringValue(String name) {
    return (String) attributes.get(name);
  }

  /** An attribute as a boolean ({@code inclusive}). */
  public boolean booleanValue(String name) {
    return (Boolean) attributes.get(name);
  }

  /** The annotation value of attribute {@code name}, for diagnostics on it. */
  public AnnotationValue annotationValue(String name) {
    return Annotations.explicitValue(mirror, name);
  }

  /**
   * Reads the attributes of {@code mirror} with defaults applied; enum constants (the {@code
   * flags} of {@code @Pattern}) become their names.
   */
  public static Map<String, Object> attributesOf(
      Map<? extends ExecutableElement, ? extends AnnotationValue> withDefaults) {
    java.util.HashMap<String, Object> values = new java.util.HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : withDefaults.entrySet()) {
      String name = entry.getKey().getSimpleName().toString();
      if (name.equals("groups") || name.equals("payload")) {
        continue;
      }
      Object value = entry.getValue().getValue();
      if (value instanceof List<?>) {
        List<String> names = new java.util.ArrayList<>();
        for (Object item : (List<?>) value) {
          Object inner = ((AnnotationValue) item).getValue();
          names.add(inner instanceof VariableElement
              ? ((VariableElement) inner).getSimpleName().toString() : String.valueOf(inner));
        }
        value = List.copyOf(names);
      } else if (value instanceof VariableElement) {
        value = ((VariableElement) value).getSimpleName().toString();
      }
      values.put(name, value);
    }
    return values;
  }
}
