package dev.kiln.test;

import java.util.List;

/**
 * Thrown (as a test failure) when an answer received through {@link KilnClient} breaks the
 * application's OpenAPI document; its message lists every {@link Violation}.
 */
public final class ContractViolation extends AssertionError {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  /** A failure listing {@code violations} (at least one). */
  public ContractViolation(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /** What was wrong, in the order found. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    StringBuilder text = new StringBuilder("The answer breaks the OpenAPI document (contract check;"
        + " switch it off with @WithoutContractCheck):");
    for (Violation violation : violations) {
      text.append("\n  ").append(violation);
    }
    return text.toString();
  }
}
