package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI tag of a handler class's operations (on the class) or of one operation (on a
 * method), instead of the class's simple name. The description of a tag is {@link #description()}
 * or else the first sentence of the class's Javadoc.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Tag {
  /** The tag's name, e.g. {@code "pet"}. */
  String value();

  /** The tag's description (CommonMark). */
  String description() default "";
}
