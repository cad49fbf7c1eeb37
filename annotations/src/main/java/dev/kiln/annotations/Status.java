package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The HTTP status a handler method answers on success, instead of the default (200 with a body,
 * 204 for {@code void}). For example {@code @Status(201)} on a create operation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Status {
  /** The success status code, 200 to 299. */
  int value();
}
