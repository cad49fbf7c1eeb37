package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States that an operation (on a method) or every operation of a handler class (on the class)
 * requires the {@link SecurityScheme} named {@link #value()}, with {@link #scopes()} for OAuth 2.
 * Several requirements are alternatives (any one suffices), as in OpenAPI. Method annotations
 * replace the class's; {@link SecurityRequirements @SecurityRequirements({})} makes an operation
 * public.
 *
 * <p>Kiln enforces it: the generated route checks the credentials with the server's {@code
 * Security} before it binds anything, and answers 401 with a {@code WWW-Authenticate} challenge
 * (or 403 when a scope is missing) and a problem; the operation's responses list both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(SecurityRequirements.class)
public @interface SecurityRequirement {
  /** The name of a declared {@link SecurityScheme}. */
  String value();

  /** The OAuth 2 scopes (or roles) required: the principal must have every one (else 403). */
  String[] scopes() default {};
}
