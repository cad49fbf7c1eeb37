package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that answers HTTP {@code PATCH} requests (RFC 9110 section 9.3) on a route.
 *
 * <p>The route is the enclosing class's {@link Path} prefix followed by {@link #value()}. The
 * Kiln processor generates the binding code at compile time; misuse is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Patch {
  /**
   * The path template, relative to the class's {@link Path} prefix: segments separated by
   * {@code /}, each either literal text or one whole {@code {name}} variable, e.g.
   * {@code /items/{id}}. Empty means the prefix itself.
   */
  String value() default "";

  /**
   * The operation's {@code operationId} in the OpenAPI document; empty (the default) means the
   * method's name. Set it when two controllers have methods of one name (operationIds are unique
   * in a document), e.g. {@code @Patch(value = "/{id}", operationId = "updatePet")}.
   */
  String operationId() default "";
}
