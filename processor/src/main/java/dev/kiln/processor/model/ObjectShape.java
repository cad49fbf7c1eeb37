package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * How Kiln builds and reads a JSON object type that is a class rather than a record: through its
 * one public constructor taking every property (all-args), and per property an accessor {@code
 * name()}, {@code getName()}, {@code isName()} or a public field.
 */
public final class ObjectShape {
  private ObjectShape() {}

  /**
   * The constructor taking every property: the class's only public constructor with parameters
   * (or the only public constructor), or {@code null} if there is none or several.
   */
  public static ExecutableElement creator(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)
        || !type.getTypeParameters().isEmpty()) {
      return null;
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements())
        .stream().filter(c -> c.getModifiers().contains(Modifier.PUBLIC)
            && !c.getParameters().isEmpty()).toList();
    if (constructors.size() != 1) {
      return null;
    }
    ExecutableElement creator = constructors.get(0);
    for (VariableElement parameter : creator.getParameters()) {
      if (accessor(type, parameter.getSimpleName().toString()) == null) {
        return null;
      }
    }
    return creator;
  }

  /** The public accessor method or field of property {@code name}, or {@code null}. */
  public static Element accessor(TypeElement type, String name) {
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Element member : type.getEnclosedElements()) {
      if (!member.getModifiers().contains(Modifier.PUBLIC)
          || member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String simple = member.getSimpleName().toString();
      if (member.getKind() == ElementKind.METHOD
          && ((ExecutableElement) member).getParameters().isEmpty()
          && (simple.equals(name) || simple.equals("get" + capitalized)
              || simple.equals("is" + capitalized))) {
        return member;
      }
      if (member.getKind() == ElementKind.FIELD && simple.equals(name)) {
        return member;
      }
    }
    return null;
  }
}
