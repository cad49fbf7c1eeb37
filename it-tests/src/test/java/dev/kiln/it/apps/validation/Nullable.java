package dev.kiln.it.apps.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** Marks a component that may be JSON {@code null} or absent (Kiln matches the simple name). */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Nullable {}
