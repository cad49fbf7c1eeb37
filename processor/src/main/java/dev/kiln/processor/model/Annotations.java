package dev.kiln.processor.model;

import java.util.Map;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations as mirrors, by qualified name (no annotation classes are loaded). */
public final class Annotations {
  /** Kiln's annotation package. */
  public static final String PACKAGE = "dev.kiln.annotations.";
  public static final String PATH = PACKAGE + "Path";
  public static final String PATH_PARAM = PACKAGE + "PathParam";
  public static final String QUERY_PARAM = PACKAGE + "QueryParam";
  public static final String DEFAULT_VALUE = PACKAGE + "DefaultValue";
  public static final String STATUS = PACKAGE + "Status";
  public static final String HEADER = PACKAGE + "Header";
  public static final String COOKIE = PACKAGE + "Cookie";
  public static final String BEAN_PARAM = PACKAGE + "BeanParam";
  public static final String WIRE_NAME = PACKAGE + "WireName";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code construct}, or {@code null}. */
  public static AnnotationMirror find(AnnotatedConstruct construct, String qualifiedName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** Whether {@code construct} carries an annotation whose simple name is {@code simpleName}. */
  public static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The explicitly written value of {@code name}, or {@code null} if it was left at its default. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The string value of {@code name}, or {@code fallback} if it was not written. */
  public static String stringValue(AnnotationMirror mirror, String name, String fallback) {
    AnnotationValue value = explicitValue(mirror, name);
    return value == null ? fallback : (String) value.getValue();
  }
}
