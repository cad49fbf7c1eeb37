package dev.kiln.processor.model;

import javax.lang.model.element.ExecutableElement;

/**
 * A rule annotations on components cannot say (cross-field), written as a no-argument boolean
 * method of the record annotated {@code @AssertTrue} or {@code @AssertFalse}; the generated reader
 * calls it after building the record.
 *
 * @param method the method
 * @param constraint its {@code @AssertTrue}/{@code @AssertFalse}
 */
public record MethodCheckModel(ExecutableElement method, ConstraintModel constraint) {}
