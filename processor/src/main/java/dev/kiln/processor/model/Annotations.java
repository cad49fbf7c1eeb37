package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
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
  public static final String CONSUMES = PACKAGE + "Consumes";
  public static final String PRODUCES = PACKAGE + "Produces";
  public static final String API_RESPONSE = PACKAGE + "ApiResponse";
  public static final String API_RESPONSES = PACKAGE + "ApiResponses";
  public static final String CLIENT = PACKAGE + "Client";
  public static final String TIMEOUT = PACKAGE + "Timeout";
  public static final String SETTINGS = PACKAGE + "Settings";

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

  /** The strings of an array-valued attribute ({@code {"a", "b"}} or a single {@code "a"}). */
  public static List<String> stringList(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicitValue(mirror, name);
    if (value == null) {
      return List.of();
    }
    if (value.getValue() instanceof List<?>) {
      List<String> strings = new ArrayList<>();
      for (Object item : (List<?>) value.getValue()) {
        strings.add((String) ((AnnotationValue) item).getValue());
      }
      return strings;
    }
    return List.of((String) value.getValue());
  }

  /** The annotations of an annotation-array attribute, e.g. {@code headers}. */
  public static List<AnnotationMirror> annotationList(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicitValue(mirror, name);
    if (value == null) {
      return List.of();
    }
    List<AnnotationMirror> annotations = new ArrayList<>();
    if (value.getValue() instanceof List<?>) {
      for (Object item : (List<?>) value.getValue()) {
        annotations.add((AnnotationMirror) ((AnnotationValue) item).getValue());
      }
    } else {
      annotations.add((AnnotationMirror) value.getValue());
    }
    return annotations;
  }

  /** The string value of {@code name}, or {@code fallback} if it was not written. */
  public static String stringValue(AnnotationMirror mirror, String name, String fallback) {
    AnnotationValue value = explicitValue(mirror, name);
    return value == null ? fallback : (String) value.getValue();
  }
}
