package dev.kiln.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** What every generated file shares: the {@code @Generated} annotation and the file layout. */
final class Generated {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private Generated() {}

  /** {@code @Generated("dev.kiln.processor.KilnProcessor")}. */
  static AnnotationSpec annotation() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", Names.GENERATOR).build();
  }

  /** The file for {@code type} in {@code packageName}, indented with two spaces. */
  static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true).build();
  }
}
