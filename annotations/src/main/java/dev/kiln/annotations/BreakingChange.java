package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges an intended breaking change of the API against the baseline document named by the
 * processor option {@code -Akiln.openapi.baseline=<path>}: the breaking changes the processor
 * finds on this element, or on any element inside it, are listed in a note instead of failing the
 * compilation. On a handler method it covers the operation (its parameters, body and answers),
 * on a parameter or record component that value, on a record or enum its schema, on a controller
 * class everything of it, including operations the class no longer has.
 *
 * <p>Remove it once the baseline is refreshed after the release (the change is then the
 * baseline's state, and nothing is left to acknowledge).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD,
    ElementType.RECORD_COMPONENT})
public @interface BreakingChange {
  /** Why the break is intended, e.g. {@code "v2 drops the legacy id"}; listed in the note. */
  String reason();
}
