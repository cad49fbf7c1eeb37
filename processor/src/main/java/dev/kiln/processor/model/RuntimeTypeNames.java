package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Recognises the runtime types a handler uses besides JSON types: an {@code HtmlPage} answer (any
 * type implementing {@code dev.kiln.runtime.HtmlPage}) and a {@code BackgroundTasks} parameter.
 * Compares qualified names: the processor never loads runtime classes.
 */
public final class RuntimeTypeNames {
  /** The page interface a handler's answer may implement. */
  public static final String HTML_PAGE = "dev.kiln.runtime.HtmlPage";
  /** The parameter type of a handler's background tasks. */
  public static final String BACKGROUND_TASKS = "dev.kiln.runtime.BackgroundTasks";

  private RuntimeTypeNames() {}

  /** Whether {@code type} is {@code HtmlPage} or implements it (through any supertype). */
  public static boolean isHtmlPage(TypeElement type) {
    List<TypeElement> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeElement next = pending.remove(pending.size() - 1);
      if (next.getQualifiedName().contentEquals(HTML_PAGE)) {
        return true;
      }
      for (TypeMirror supertype : next.getInterfaces()) {
        add(supertype, pending);
      }
      add(next.getSuperclass(), pending);
    }
    return false;
  }

  /** Whether {@code mirror} is {@code BackgroundTasks}. */
  public static boolean isBackgroundTasks(TypeMirror mirror) {
    return mirror.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) mirror)
        .asElement()).getQualifiedName().contentEquals(BACKGROUND_TASKS);
  }

  private static void add(TypeMirror supertype, List<TypeElement> pending) {
    if (supertype.getKind() == TypeKind.DECLARED) {
      pending.add((TypeElement) ((DeclaredType) supertype).asElement());
    }
  }
}
