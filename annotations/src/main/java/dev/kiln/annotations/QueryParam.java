package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a query parameter (RFC 3986 query component, {@code name=value}
 * pairs). Scalar parameters that are not path variables are query parameters even without it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface QueryParam {
  /** The query parameter's name; empty means the parameter's own name. */
  String value() default "";
}
