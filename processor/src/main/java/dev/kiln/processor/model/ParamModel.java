package dev.kiln.processor.model;

import java.util.List;
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
 * @param explicitAnnotation the {@code @PathParam}/{@code @QueryParam}/... annotation, or {@code
 *     null} when the kind was inferred
 * @param members for {@link ParamKind#BEAN}, the record's components as parameters (in
 *     canonical constructor order); otherwise empty
 * @param deprecated whether the parameter is {@code @Deprecated}
 */
public record ParamModel(VariableElement element, String javaName, ParamKind kind,
    String wireName, TypeModel type, String defaultValue, AnnotationMirror explicitAnnotation,
    List<ParamModel> members, boolean deprecated) {

  public ParamModel {
    members = List.copyOf(members);
  }

  /** Whether this is a request body read as raw bytes or a stream, not parsed. */
  public boolean isRawBody() {
    return kind == ParamKind.BODY && type.isRaw();
  }

  /** Whether this binds every value of a repeated parameter ({@code List} or {@code Set}). */
  public boolean repeated() {
    return type.kind() == TypeKindModel.LIST || type.kind() == TypeKindModel.SET;
  }

  /**
   * Whether an absent value is an error: not when there is a default, the type is {@code
   * Optional}, or the parameter is {@code @Nullable}.
   */
  public boolean required() {
    return defaultValue == null && type.kind() != TypeKindModel.OPTIONAL && !type.nullable()
        && !repeated();
  }

  /** The type of the single value, unwrapping {@code Optional}, {@code List} and {@code Set}. */
  public TypeModel valueType() {
    return type.kind() == TypeKindModel.OPTIONAL || repeated() ? type.element() : type;
  }
}
