package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * One handler parameter.
 *
 * @param element the parameter, for diagnostics
 * @param javaName its name in source
 * @param kind where its value comes from
 * @param wireName the path variable or query parameter name ({@code null} for the body)
 * @param type its type
 * @param defaultValue the {@code @DefaultValue} text, or {@code null}
 * @param explicitAnnotation the {@code @PathParam}/{@code @QueryParam} annotation, or {@code
 *     null} when the kind was inferred
 */
public record ParamModel(VariableElement element, String javaName, ParamKind kind,
    String wireName, TypeModel type, String defaultValue, AnnotationMirror explicitAnnotation) {

  /**
   * Whether an absent value is an error: not when there is a default, the type is {@code
   * Optional}, or the parameter is {@code @Nullable}.
   */
  public boolean required() {
    return defaultValue == null && type.kind() != TypeKindModel.OPTIONAL && !type.nullable();
  }

  /** The type of the single value, unwrapping {@code Optional}. */
  public TypeModel valueType() {
    return type.kind() == TypeKindModel.OPTIONAL ? type.element() : type;
  }
}
