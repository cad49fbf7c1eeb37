package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Maps javac types to {@link TypeModel}s. Stateless. */
public final class TypeModelFactory {

  /** The model of {@code mirror}; {@code annotated} also counts for {@code @Nullable}. */
  public TypeModel of(TypeMirror mirror, Element annotated) {
    boolean nullable = Annotations.hasSimpleName(mirror, "Nullable")
        || (annotated != null && Annotations.hasSimpleName(annotated, "Nullable"));
    return of(mirror).withNullable(nullable);
  }

  /** The model of {@code mirror}, not nullable. */
  public TypeModel of(TypeMirror mirror) {
    switch (mirror.getKind()) {
      case INT:
        return simple(TypeKindModel.INT, mirror);
      case LONG:
        return simple(TypeKindModel.LONG, mirror);
      case DOUBLE:
        return simple(TypeKindModel.DOUBLE, mirror);
      case BOOLEAN:
        return simple(TypeKindModel.BOOLEAN, mirror);
      case VOID:
        return simple(TypeKindModel.VOID, mirror);
      case ERROR:
        return new TypeModel(TypeKindModel.UNRESOLVED, mirror, null, null, List.of(), false);
      case DECLARED:
        return declared((DeclaredType) mirror);
      default:
        return unsupported(mirror);
    }
  }

  private TypeModel declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String":
        return simple(TypeKindModel.STRING, type);
      case "java.lang.Integer":
        return simple(TypeKindModel.BOXED_INT, type);
      case "java.lang.Long":
        return simple(TypeKindModel.BOXED_LONG, type);
      case "java.lang.Double":
        return simple(TypeKindModel.BOXED_DOUBLE, type);
      case "java.lang.Boolean":
        return simple(TypeKindModel.BOXED_BOOLEAN, type);
      case "java.util.List":
      case "java.util.Optional":
        if (type.getTypeArguments().size() != 1) {
          return unsupported(type);
        }
        TypeMirror argument = type.getTypeArguments().get(0);
        TypeModel element0 = of(argument);
        TypeKindModel kind = name.equals("java.util.List")
            ? TypeKindModel.LIST : TypeKindModel.OPTIONAL;
        return new TypeModel(kind, type, TypeName.get(type).withoutAnnotations(),
            element0, List.of(), false);
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element enclosed : element.getEnclosedElements()) {
        if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(enclosed.getSimpleName().toString());
        }
      }
      return new TypeModel(TypeKindModel.ENUM, type, ClassName.get(element), null, constants,
          false);
    }
    if (element.getKind() == ElementKind.RECORD && type.getTypeArguments().isEmpty()) {
      return new TypeModel(TypeKindModel.RECORD, type, ClassName.get(element), null, List.of(),
          false);
    }
    return unsupported(type);
  }

  private static TypeModel simple(TypeKindModel kind, TypeMirror mirror) {
    TypeName name = mirror.getKind() == TypeKind.VOID
        ? TypeName.VOID : TypeName.get(mirror).withoutAnnotations();
    return new TypeModel(kind, mirror, name, null, List.of(), false);
  }

  private static TypeModel unsupported(TypeMirror mirror) {
    return new TypeModel(TypeKindModel.UNSUPPORTED, mirror, null, null, List.of(), false);
  }
}
