package dev.kiln.processor.validation.baseline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * What a comparison with the baseline found: breaking changes, each on the element that caused it
 * ({@code null} when none is left), and compatible changes as text. A change seen twice (a schema
 * used by two operations) is kept once.
 */
final class Changes {
  /** One breaking change: its message (tagged {@code [kiln:breaking-...]}) and element. */
  record Breaking(Element element, String message) {}

  private final List<Breaking> breaking = new ArrayList<>();
  private final List<String> compatible = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void breaking(Element element, String message) {
    if (seen.add(message)) {
      breaking.add(new Breaking(element, message));
    }
  }

  void compatible(String change) {
    if (seen.add(change)) {
      compatible.add(change);
    }
  }

  List<Breaking> breaking() {
    return breaking;
  }

  List<String> compatible() {
    return compatible;
  }
}
