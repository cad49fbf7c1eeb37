package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The JavaPoet names of the model's types, as generated code spells them: without type-use
 * annotations ({@code @Nullable}, constraints), which stay on the user's declarations.
 */
final class TypeNames {
  private TypeNames() {}

  /** {@code String}, {@code java.util.List<com.example.Item>}, {@code int[]}, {@code void}. */
  static TypeName of(TypeModel type) {
    if (type.mirror().getKind() == TypeKind.VOID) {
      return TypeName.VOID;
    }
    if (type.kind() == TypeKindModel.LIST && type.mirror().getKind() == TypeKind.ARRAY) {
      // ReadCode reads an array's elements as a list first
      return ParameterizedTypeName.get(RuntimeTypes.LIST, of(type.element()).box());
    }
    if (type.kind() == TypeKindModel.VOID) {
      return TypeName.get(type.mirror()); // java.lang.Void
    }
    if ((type.kind() == TypeKindModel.ENUM || type.kind() == TypeKindModel.RECORD)
        && ((DeclaredType) type.mirror()).getTypeArguments().isEmpty()) {
      return ClassName.get(type.typeElement());
    }
    return TypeName.get(type.mirror()).withoutAnnotations();
  }

  /** The class of a record or enum type: the raw class of a generic record. */
  static ClassName className(TypeModel type) {
    return ClassName.get(type.typeElement());
  }
}
