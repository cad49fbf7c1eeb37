package dev.kiln.it.apps.validation;

import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;

/** A cross-field rule: a method of the record, called by the generated reader. */
public record Stay(LocalDate start, LocalDate end) {

  /** The stay does not end before it starts. */
  @AssertTrue(message = "end must not be before start")
  public boolean isOrdered() {
    return !end.isBefore(start);
  }
}
