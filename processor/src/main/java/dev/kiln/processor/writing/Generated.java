package dev.kiln.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The one base of every generated file: a public final class annotated {@code @Generated} with
 * the processor's name, recording the source elements it was generated from (the originating
 * elements javac's {@code Filer} hands to IDEs and Gradle for incremental builds), laid out with
 * two-space indents and Javadoc wrapped at {@value #COLUMNS} columns. Code lines wrap at the
 * {@code $W} of the writers' format strings, by JavaPoet.
 */
public final class Generated {
  /** The widest line of generated code, as in the project's own sources. */
  public static final int COLUMNS = 100;
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private Generated() {}

  /**
   * A public final class {@code name}, {@code @Generated("dev.kiln.processor.KilnProcessor")},
   * generated from {@code origins} (the controller, record or enum it was written for).
   */
  static TypeSpec.Builder type(ClassName name, Element... origins) {
    return openType(name, origins).addModifiers(Modifier.FINAL);
  }

  /** As {@link #type}, but a class that may be extended (to override its methods in tests). */
  static TypeSpec.Builder openType(ClassName name, Element... origins) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", Names.GENERATOR).build())
        .addModifiers(Modifier.PUBLIC);
    for (Element origin : origins) {
      type.addOriginatingElement(origin);
    }
    return type;
  }

  /** The file of {@code type}, in the package of its name. */
  static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true).build();
  }

  /** The qualified name of the class in {@code file}: {@code com.example.Item_JsonReader}. */
  public static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }

  /** The elements {@code file} was generated from. */
  public static List<Element> origins(JavaFile file) {
    return file.typeSpec().originatingElements();
  }

  /** The source text of {@code file}, its Javadoc lines wrapped at {@value #COLUMNS} columns. */
  public static String text(JavaFile file) {
    String[] lines = file.toString().split("\n", -1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        text.append('\n');
      }
      wrapJavadoc(lines[i], text);
    }
    return text.toString();
  }

  /**
   * Whether a Javadoc line may break at the space at {@code index}: not before {@code @} (which
   * would open a block tag) nor inside the head of an inline tag ({@code {@code x}}).
   */
  private static boolean breaksAt(String line, int index) {
    String word = line.substring(line.lastIndexOf(' ', index - 1) + 1, index);
    return line.charAt(index + 1) != '@' && !(word.startsWith("{@") && word.indexOf('}') < 0);
  }

  /** Appends {@code line}, split at spaces if it is a Javadoc line wider than the limit. */
  private static void wrapJavadoc(String line, StringBuilder out) {
    int star = line.indexOf(" * ");
    boolean javadoc = star >= 0 && line.substring(0, star).isBlank();
    String prefix = javadoc ? line.substring(0, star + 3) : "";
    String rest = line;
    while (javadoc && rest.length() > COLUMNS) {
      int space = rest.lastIndexOf(' ', COLUMNS);
      while (space > prefix.length() && !breaksAt(rest, space)) {
        space = rest.lastIndexOf(' ', space - 1);
      }
      if (space <= prefix.length()) {
        break; // one word wider than a line (a long URL): left as it is
      }
      out.append(rest, 0, space).append('\n');
      rest = prefix + rest.substring(space + 1);
    }
    out.append(rest);
  }
}
