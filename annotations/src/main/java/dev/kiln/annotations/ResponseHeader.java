package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A response header a handler may send with a declared response, e.g. {@code X-Rate-Limit}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ResponseHeader {
  /** The header's name. */
  String name();

  /** What the header means. */
  String description() default "";

  /** The header value's Java type, for the API document: {@code String.class}, {@code int.class}, ... */
  Class<?> type() default String.class;

  /**
   * Whether every such answer carries the header (OpenAPI's {@code required}); default {@code
   * false}: it may be absent.
   */
  boolean required() default false;
}
