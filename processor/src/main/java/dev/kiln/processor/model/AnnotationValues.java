package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * An annotation's values with defaults applied, as plain Java: strings, numbers, enum constant
 * names, lists, and nested annotations as {@link AnnotationValues}.
 */
public final class AnnotationValues {
  private final AnnotationMirror mirror;
  private final Map<String, Object> values;

  private AnnotationValues(AnnotationMirror mirror, Map<String, Object> values) {
    this.mirror = mirror;
    this.values = values;
  }

  public static AnnotationValues of(Elements elements, AnnotationMirror mirror) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(),
          plain(elements, entry.getValue().getValue()));
    }
    return new AnnotationValues(mirror, values);
  }

  /**
   * The annotations of type {@code name} on {@code element}, also when repeated in their container
   * {@code containerName}.
   */
  public static List<AnnotationValues> all(Elements elements, Element element, String name,
      String containerName) {
    List<AnnotationValues> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .toString();
      if (type.equals(name)) {
        found.add(of(elements, mirror));
      } else if (type.equals(containerName)) {
        for (Object inner : of(elements, mirror).list("value")) {
          found.add((AnnotationValues) inner);
        }
      }
    }
    return found;
  }

  private static Object plain(Elements elements, Object value) {
    if (value instanceof VariableElement) {
      return ((VariableElement) value).getSimpleName().toString();
    }
    if (value instanceof AnnotationMirror) {
      return of(elements, (AnnotationMirror) value);
    }
    if (value instanceof List<?>) {
      List<Object> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(plain(elements, ((AnnotationValue) item).getValue()));
      }
      return List.copyOf(items);
    }
    return value;
  }

  public AnnotationMirror mirror() {
    return mirror;
  }

  /** A string value; {@code null} when it is empty. */
  public String string(String name) {
    Object value = values.get(name);
    return value == null || value.toString().isEmpty() ? null : value.toString();
  }

  public List<?> list(String name) {
    Object value = values.get(name);
    return value == null ? List.of() : (List<?>) value;
  }

  /** A list of strings. */
  public List<String> strings(String name) {
    List<String> strings = new ArrayList<>();
    for (Object item : list(name)) {
      strings.add(item.toString());
    }
    return strings;
  }
}
