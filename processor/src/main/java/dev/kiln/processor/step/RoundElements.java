package dev.kiln.processor.step;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Finds an element modelled in an earlier round again in the current one. javac enters the
 * sources anew each round, and a diagnostic on a method, parameter or field of an earlier round
 * would have no source position; checks that run when processing is over (the baseline check)
 * report on the element of the last round. Classes are found by name, members by kind and name
 * (methods also by parameter names), parameters by position.
 */
final class RoundElements {
  private final Elements elements;

  RoundElements(Elements elements) {
    this.elements = elements;
  }

  /** {@code element} as the current round has it, or itself if it cannot be found. */
  Element current(Element element) {
    if (element == null) {
      return null;
    }
    Element found = null;
    if (element instanceof TypeElement) {
      found = elements.getTypeElement(((TypeElement) element).getQualifiedName());
    } else if (element instanceof VariableElement
        && element.getEnclosingElement() instanceof ExecutableElement) {
      ExecutableElement method = (ExecutableElement) element.getEnclosingElement();
      int index = method.getParameters().indexOf(element);
      Element now = current(method);
      if (index >= 0 && now instanceof ExecutableElement
          && ((ExecutableElement) now).getParameters().size() > index) {
        found = ((ExecutableElement) now).getParameters().get(index);
      }
    } else if (element.getEnclosingElement() instanceof TypeElement) {
      found = member(current(element.getEnclosingElement()), element);
    }
    return found == null ? element : found;
  }

  private static Element member(Element owner, Element old) {
    if (!(owner instanceof TypeElement)) {
      return null;
    }
    List<Element> members = new ArrayList<>(owner.getEnclosedElements());
    members.addAll(((TypeElement) owner).getRecordComponents());
    for (Element member : members) {
      if (member.getKind() == old.getKind() && member.getSimpleName().equals(old.getSimpleName())
          && sameParameters(member, old)) {
        return member;
      }
    }
    return null;
  }

  private static boolean sameParameters(Element a, Element b) {
    if (!(a instanceof ExecutableElement)) {
      return true;
    }
    List<? extends VariableElement> left = ((ExecutableElement) a).getParameters();
    List<? extends VariableElement> right = ((ExecutableElement) b).getParameters();
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!left.get(i).getSimpleName().equals(right.get(i).getSimpleName())) {
        return false;
      }
    }
    return true;
  }
}
