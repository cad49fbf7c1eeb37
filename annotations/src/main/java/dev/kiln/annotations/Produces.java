package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The media type of a handler method's answer, when the default does not fit: {@code String}
 * answers {@code text/plain; charset=utf-8}, {@code byte[]} and {@code InputStream} answer
 * {@code application/octet-stream}, everything else {@code application/json}. For example
 * {@code @Produces("application/json")} on a method returning a JSON document as a {@code String}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Produces {
  /** The media type, e.g. {@code text/html; charset=utf-8}. */
  String value();
}
