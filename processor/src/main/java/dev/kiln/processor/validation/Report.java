package dev.kiln.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found, each on an element (and annotation value where it has one), and notes about
 * the compilation. Every diagnostic of the processor is printed through a report; the texts come
 * from {@link Messages}.
 */
public final class Report {
  /** One error. */
  public record Finding(Element element, AnnotationMirror annotation, AnnotationValue value,
      String message) {}

  private final List<Finding> findings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Records a note of the whole compilation (not an error), printed after the errors. */
  public void note(String message) {
    notes.add(message);
  }

  /** Records an error of the whole compilation, on no element. */
  public void error(String message) {
    findings.add(new Finding(null, null, null, message));
  }

  /** Records an error on {@code element}. */
  public void error(Element element, String message) {
    add(new Finding(element, null, null, message));
  }

  /** Records an error on an annotation of {@code element}, and on its value if not null. */
  public void error(Element element, AnnotationMirror annotation, AnnotationValue value,
      String message) {
    add(new Finding(element, annotation, value, message));
  }

  /** Adds {@code finding} unless it is there (a provider's parameter checked per route using it). */
  private void add(Finding finding) {
    if (!findings.contains(finding)) {
      findings.add(finding);
    }
  }

  /** Whether nothing was found. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** The findings in order. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The notes in order. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Prints every finding as a compile error, then the notes. */
  public void printTo(Messager messager) {
    for (Finding finding : findings) {
      if (finding.value() != null) {
        messager.printMessage(Diagnostic.Kind.ERROR, finding.message(), finding.element(),
            finding.annotation(), finding.value());
      } else if (finding.annotation() != null) {
        messager.printMessage(Diagnostic.Kind.ERROR, finding.message(), finding.element(),
            finding.annotation());
      } else if (finding.element() != null) {
        messager.printMessage(Diagnostic.Kind.ERROR, finding.message(), finding.element());
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, finding.message());
      }
    }
    notes.forEach(note -> messager.printMessage(Diagnostic.Kind.NOTE, note));
  }
}
