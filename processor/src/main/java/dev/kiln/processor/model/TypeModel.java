package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A Java type as Kiln sees it.
 *
 * @param kind what Kiln does with it
 * @param mirror the javac type (the writers name it in Java source)
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
public record TypeModel(TypeKindModel kind, TypeMirror mirror, TypeModel element,
    List<EnumConstantModel> enumConstants, boolean nullable,
    List<ConstraintModel> constraints, List<TypeModel> arguments) {

  public TypeModel {
    enumConstants = List.copyOf(enumConstants);
    constraints = List.copyOf(constraints);
    arguments = List.copyOf(arguments);
  }

  /** A type with no constraints and no type arguments; see the record description. */
  public TypeModel(TypeKindModel kind, TypeMirror mirror, TypeModel element,
      List<EnumConstantModel> enumConstants, boolean nullable) {
    this(kind, mirror, element, enumConstants, nullable, List.of(), List.of());
  }

  /** Whether this type or a type inside it carries a constraint. */
  public boolean hasConstraints() {
    return !constraints.isEmpty() || (element != null && element.hasConstraints());
  }

  /** The class of a record or enum type (the raw class of a generic record). */
  public TypeElement typeElement() {
    return (TypeElement) ((DeclaredType) mirror).asElement();
  }

  /** The qualified name of a record or enum type's class: {@code com.example.Outer.Inner}. */
  public String qualifiedName() {
    return typeElement().getQualifiedName().toString();
  }

  /** The simple names of a record or enum type's class, outermost first: {@code [Outer, Inner]}. */
  public List<String> simpleNames() {
    List<String> names = new ArrayList<>();
    for (Element e = typeElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return names;
  }

  /**
   * One text per distinct type, without annotations: {@code com.example.Item}, {@code
   * com.example.Page<com.example.Item>}, {@code java.util.List<java.lang.String>}, {@code int[]}.
   */
  public String key() {
    return key(mirror);
  }

  private static String key(TypeMirror mirror) {
    if (mirror.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) mirror;
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return raw;
      }
      List<String> arguments = new ArrayList<>();
      declared.getTypeArguments().forEach(argument -> arguments.add(key(argument)));
      return raw + "<" + String.join(",", arguments) + ">";
    }
    if (mirror.getKind() == TypeKind.ARRAY) {
      return key(((ArrayType) mirror).getComponentType()) + "[]";
    }
    return mirror.getKind().isPrimitive() || mirror.getKind() == TypeKind.VOID
        ? mirror.getKind().name().toLowerCase(java.util.Locale.ROOT) : mirror.toString();
  }

  /** Whether values of this type travel as raw bytes ({@code byte[]}, {@code InputStream}). */
  public boolean isRaw() {
    return kind == TypeKindModel.BYTES || kind == TypeKindModel.INPUT_STREAM;
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
    return new TypeModel(kind, mirror, element, enumConstants, newNullable,
        constraints, arguments);
  }

  /** This type with {@code newConstraints}. */
  public TypeModel withConstraints(List<ConstraintModel> newConstraints) {
    return new TypeModel(kind, mirror, element, enumConstants, nullable,
        newConstraints, arguments);
  }
}
