package dev.kiln.example;

/** How urgent a {@link Todo} is; written in JSON as the constant's name, e.g. {@code "HIGH"}. */
public enum Priority {
  /** Can wait. */
  LOW,
  /** The usual. */
  NORMAL,
  /** Do it first. */
  HIGH
}
