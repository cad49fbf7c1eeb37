package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States that a handler parameter receives the value of a {@link Provides} method of its type,
 * so that a missing provider is a compile error on the parameter rather than a guess of another
 * binding (a request body, say). Optional: a parameter of a type some provider makes, or with a
 * {@link Qualifier} annotation, receives the provided value without it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Depends {

}
