package dev.kiln.processor.validation;

import java.util.List;

/** Proposes the closest known name for a misspelt one ("Did you mean ...?"). */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code name} by edit distance, if within a third of its length (at
   * least 2) or the only candidate; otherwise {@code null}.
   */
  static String closest(String name, List<String> candidates) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String best = null;
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    for (String candidate : candidates) {
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
