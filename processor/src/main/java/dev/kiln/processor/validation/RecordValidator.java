package dev.kiln.processor.validation;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import javax.lang.model.element.Modifier;

/**
 * Checks that every component of a record has a type Kiln can read and write as JSON, and that
 * its constraints apply.
 */
public final class RecordValidator {
  private final ConstraintValidator constraints = new ConstraintValidator();

  /** Adds every problem of {@code record} to {@code report}. */
  public void validate(RecordModel record, Report report) {
    if (record.element().getModifiers().contains(Modifier.PRIVATE)) {
      report.error(record.element(), Messages.privateClass(record.simpleName()));
    }
    for (ComponentModel component : record.components()) {
      TypeModel problem = component.type().firstProblem();
      if (problem == null && component.type().isJson()) {
        constraints.validate(component.type(), "component " + component.javaName() + " of "
            + record.simpleName(), report);
        continue;
      }
      String type = String.valueOf(component.type().mirror());
      if (problem != null && problem.kind() == TypeKindModel.UNRESOLVED) {
        report.error(component.element(), Messages.unresolvedType(
            record.simpleName() + "." + component.javaName(), type));
      } else {
        String generic = problem == null ? null : GenericTypes.message("Component "
            + component.javaName() + " of record " + record.simpleName(),
            problem.mirror());
        report.error(component.element(), generic != null ? generic
            : Messages.unsupportedComponentType(record.simpleName(),
                component.javaName(), type));
      }
    }
    record.checks().forEach(check -> constraints.validate(check, report));
  }
}
