package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * A Java type as Kiln sees it.
 *
 * @param kind what Kiln does with it
 * @param mirror the javac type
 * @param typeName the JavaPoet name of the type (without type-use annotations)
 * @param element for {@link TypeKindModel#LIST} and {@link TypeKindModel#OPTIONAL}, the element
 *     type; otherwise {@code null}
 * @param enumConstants for {@link TypeKindModel#ENUM}, the constants in order
 * @param nullable whether the type is annotated {@code @Nullable} (any annotation of that simple
 *     name, declaration or type-use)
 * @param constraints the {@code jakarta.validation} constraints on this use of the type
 *     (type-use annotations, and declaration annotations of the element it was read from)
 * @param arguments for a generic {@link TypeKindModel#RECORD} ({@code Page<Item>}), its type
 *     arguments; otherwise empty
 */
public record TypeModel(TypeKindModel kind, TypeMirror mirror, TypeName typeName,
    TypeModel element, List<EnumConstantModel> enumConstants, boolean nullable,
    List<ConstraintModel> constraints, List<TypeModel> arguments) {

  public TypeModel {
    enumConstants = List.copyOf(enumConstants);
    constraints = List.copyOf(constraints);
    arguments = List.copyOf(arguments);
  }

  /** A type with no constraints and no type arguments; see the record description. */
  public TypeModel(TypeKindModel kind, TypeMirror mirror, TypeName typeName, TypeModel element,
      List<EnumConstantModel> enumConstants, boolean nullable) {
    this(kind, mirror, typeName, element, enumConstants, nullable, List.of(), List.of());
  }

  /** Whether this type or a type inside it carries a constraint. */
  public boolean hasConstraints() {
    return !constraints.isEmpty() || (element != null && element.hasConstraints());
  }

  /** The class name of a record or enum type (the raw class of a generic record). */
  public ClassName className() {
    return typeName instanceof ParameterizedTypeName
        ? ((ParameterizedTypeName) typeName).rawType() : (ClassName) typeName;
  }

  /** Whether a JSON reader or writer handles this type (records, scalars, lists of those). */
  public boolean isJson() {
    switch (kind) {
      case RECORD:
        return true;
      case LIST:
      case SET:
      case OPTIONAL:
      case MAP:
      case ARRAY:
        return element.isJson();
      default:
        return kind.isScalar();
    }
  }

  /** The first unsupported or unresolved type inside this one, or {@code null}. */
  public TypeModel firstProblem() {
    if (kind == TypeKindModel.UNSUPPORTED || kind == TypeKindModel.UNRESOLVED) {
      return this;
    }
    return element == null ? null : element.firstProblem();
  }

  /** This type with {@code nullable} set. */
  public TypeModel withNullable(boolean newNullable) {
    return new TypeModel(kind, mirror, typeName, element, enumConstants, newNullable,
        constraints, arguments);
  }

  /** This type with {@code newConstraints}. */
  public TypeModel withConstraints(List<ConstraintModel> newConstraints) {
    return new TypeModel(kind, mirror, typeName, element, enumConstants, nullable,
        newConstraints, arguments);
  }
}
