package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code info} and {@code servers} of the OpenAPI document the Kiln processor writes to
 * {@code META-INF/kiln/openapi.json}. Put it on one class or package of the application (e.g. the
 * class with {@code main}). Processor options {@code -Akiln.openapi.title=...}, {@code
 * .version}, {@code .description} and {@code .servers} (comma-separated URLs) override it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface OpenApiInfo {
  /** The API's title; default {@code "API"}. */
  String title() default "";

  /** The API's version (not OpenAPI's); default {@code "0.0.0"}. */
  String version() default "";

  /** A description of the API (CommonMark). */
  String description() default "";

  /** Server URLs, e.g. {@code "https://api.example.com/v1"}; default none. */
  String[] servers() default {};
}
