package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * A route's {@code @Timeout}: how long its {@code CompletionStage} may take.
 *
 * @param value the annotation's value (validation checks that it is positive)
 * @param unit the {@code java.util.concurrent.TimeUnit} constant's name, e.g. {@code SECONDS}
 * @param annotation the annotation, for diagnostics
 */
public record TimeoutModel(long value, String unit, AnnotationMirror annotation) {

  /** The {@code @Timeout} of {@code method}, or {@code null}. */
  public static TimeoutModel of(ExecutableElement method) {
    AnnotationMirror annotation = Annotations.find(method, Annotations.TIMEOUT);
    if (annotation == null) {
      return null;
    }
    AnnotationValue value = Annotations.explicitValue(annotation, "value");
    AnnotationValue unit = Annotations.explicitValue(annotation, "unit");
    return new TimeoutModel(value == null ? 0 : ((Number) value.getValue()).longValue(),
        unit == null ? "SECONDS" : ((VariableElement) unit.getValue()).getSimpleName().toString(),
        annotation);
  }

  /** The time in milliseconds (at least 1 for a positive value in a finer unit). */
  public long millis() {
    long millis = java.util.concurrent.TimeUnit.valueOf(unit).toMillis(value);
    return value > 0 && millis == 0 ? 1 : millis;
  }
}
