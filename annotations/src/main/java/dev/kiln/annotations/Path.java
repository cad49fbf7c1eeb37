package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The path prefix shared by every handler method of a class, e.g. {@code @Path("/api")}.
 * Follows the same template grammar as the method annotations ({@link Get#value()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Path {
  /** The prefix template, starting with {@code /}. */
  String value();
}
