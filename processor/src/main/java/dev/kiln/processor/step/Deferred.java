package dev.kiln.processor.step;

import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Types a step defers to the next round by name, because they use types not generated yet. */
final class Deferred {
  private final Elements elements;
  private final Set<String> names = new LinkedHashSet<>();

  Deferred(Elements elements) {
    this.elements = elements;
  }

  /** Defers {@code type} to the next round. */
  void add(TypeElement type) {
    names.add(type.getQualifiedName().toString());
  }

  /** Moves the deferred types (those still found) into {@code types}, by name. */
  void moveTo(Map<String, TypeElement> types) {
    for (String name : names) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        types.put(name, element);
      }
    }
    names.clear();
  }

  /**
   * The types of this round, by name: those deferred (moved out of this) and those annotated
   * {@code annotation}.
   */
  java.util.TreeMap<String, TypeElement> roundTypes(javax.annotation.processing.RoundEnvironment
      round, String annotation) {
    java.util.TreeMap<String, TypeElement> types = new java.util.TreeMap<>();
    moveTo(types);
    TypeElement type = elements.getTypeElement(annotation);
    if (type != null) {
      for (javax.lang.model.element.Element element : round.getElementsAnnotatedWith(type)) {
        types.put(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element);
      }
    }
    return types;
  }

  /** Reports every type still deferred when processing ends ({@code usedBy}: by what). */
  void reportUnresolved(Report report, String usedBy) {
    for (String name : names) {
      report.error(elements.getTypeElement(name), Messages.unresolvedType(name, usedBy));
    }
    names.clear();
  }
}
