package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a Java element has on the wire: on an enum constant, the text it is read and written
 * as (e.g. {@code @WireName("available") AVAILABLE}); on a record component, its JSON property
 * name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface WireName {
  /** The wire name. */
  String value();
}
