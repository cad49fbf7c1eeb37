package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.EnumConstantModel;
import dev.kiln.processor.model.TypeModel;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Color_EnumCodec}: the wire names of an enum's constants, without {@code
 * Enum.valueOf} (which looks constants up reflectively).
 */
public final class EnumCodecFile {

  /** The codec file of the enum {@code type}. */
  public JavaFile write(TypeModel type) {
    ClassName enumType = TypeNames.className(type);
    ClassName codec = Names.enumCodec(enumType);

    // switch (name) { case "RED": return Color.RED; ... default: return null; }
    CodeBlock.Builder parse = CodeBlock.builder().beginControlFlow("switch (name)");
    for (EnumConstantModel constant : type.enumConstants()) {
      parse.add("case $S:\n", constant.wireName()).indent()
          .addStatement("return $T.$N", enumType, constant.javaName()).unindent();
    }
    boolean renamed = type.enumConstants().stream()
        .anyMatch(c -> !c.wireName().equals(c.javaName()));
    // switch (value) { case RED: return "red"; ... } when a constant has a @WireName
    CodeBlock.Builder wireName = CodeBlock.builder().beginControlFlow("switch (value)");
    for (EnumConstantModel constant : type.enumConstants()) {
      wireName.add("case $N:\n", constant.javaName()).indent()
          .addStatement("return $S", constant.wireName()).unindent();
    }
    wireName.add("default:\n").indent()
        .addStatement("throw new $T(value.name())", AssertionError.class).unindent()
        .endControlFlow();
    parse.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();

    TypeSpec spec = Generated.type(codec, type.typeElement())
        .addJavadoc("Wire names of {@link $T} (its {@code @WireName}s, else the constants' Java "
            + "names), without {@code Enum.valueOf}.\n", enumType)
        .addField(FieldSpec.builder(String.class, "ALLOWED", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The wire names, comma-separated, for error messages.\n")
            .initializer("$S", type.enumConstants().stream().map(EnumConstantModel::wireName)
                .collect(Collectors.joining(", ")))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("parse")
            .addJavadoc("The constant whose wire name is {@code name}, or {@code null}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(enumType)
            .addParameter(String.class, "name")
            .addCode(parse.build())
            .build())
        .addMethod(MethodSpec.methodBuilder("wireName")
            .addJavadoc("The wire name of {@code value}, or {@code null} for {@code null}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(enumType, "value")
            .addCode(renamed ? CodeBlock.builder()
                .beginControlFlow("if (value == null)")
                .addStatement("return null")
                .endControlFlow()
                .add(wireName.build())
                .build()
                : CodeBlock.of("return value == null ? null : value.name();\n"))
            .build())
        .build();
    return Generated.file(codec.packageName(), spec);
  }
}
