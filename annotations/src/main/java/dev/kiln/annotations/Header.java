package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a request header (RFC 9110 section 6.3). Header names are
 * case-insensitive. A {@code List} parameter receives every value (repeated lines and
 * comma-separated values).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Header {
  /**
   * The header's name; empty derives it from the parameter name: {@code requestId} becomes
   * {@code Request-Id}.
   */
  String value() default "";
}
