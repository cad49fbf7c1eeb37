package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The media types a handler method's request body may have (RFC 9110 section 8.3). Defaults:
 * {@code application/json} for records, lists and maps; any type for {@code byte[]} and {@code
 * InputStream}. A record body may also be read from {@code application/x-www-form-urlencoded}
 * when listed here. Another {@code Content-Type} is answered 415.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Consumes {
  /** The accepted media types, e.g. {@code {"application/json", "application/x-www-form-urlencoded"}}. */
  String[] value();
}
