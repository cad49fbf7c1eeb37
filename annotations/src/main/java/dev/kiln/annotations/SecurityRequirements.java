package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link SecurityRequirement}s, written out where it says more:
 *
 * <ul>
 *   <li>{@code @SecurityRequirements({})} on a method makes the operation public, whatever its
 *       class requires (its {@code security} is then absent from the document);
 *   <li>{@code @SecurityRequirements(value = @SecurityRequirement("bearer"), optional = true)}
 *       also accepts requests without credentials (OpenAPI's empty requirement {@code {}}):
 *       credentials sent must still be valid, and a handler's principal is then absent.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SecurityRequirements {
  /** The requirements, alternatives of which any one suffices. */
  SecurityRequirement[] value();

  /** Whether a request without any credentials is accepted too. */
  boolean optional() default false;
}
