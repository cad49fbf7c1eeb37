package dev.kiln.runtime.config;

import java.util.List;

/**
 * Configuration that cannot be bound: every missing or malformed setting, each naming its key,
 * its environment variable, where the value came from and what was expected. An application
 * prints {@link #getMessage()} and exits non-zero (no stack trace is needed to fix it).
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, one sentence each. */
  private final List<String> problems;

  /** The problems of binding {@code what} (e.g. {@code WebSettings}). */
  public ConfigException(String what, List<String> problems) {
    super(message(what, problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String what, List<String> problems) {
    StringBuilder text = new StringBuilder("Invalid configuration of ").append(what)
        .append(" (").append(problems.size())
        .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(problem -> text.append("\n  - ").append(problem));
    return text.toString();
  }
}
