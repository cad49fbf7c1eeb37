package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value used when a query parameter is absent, in its wire form (e.g. {@code "10"}). It
 * is checked against the parameter type at compile time. A parameter with a default is optional.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface DefaultValue {
  /** The default in wire form. */
  String value();
}
