package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value used when a query parameter is absent, in its wire form (e.g. {@code "10"}). It
 * is checked against the parameter type at compile time. A parameter with a default is optional.
 * On a component of a {@link Settings} record it is the setting's default, in the form the
 * setting is written in ({@code "10"}, {@code "2s"}, {@code "a,b"} for a list).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface DefaultValue {
  /** The default in wire form. */
  String value();
}
