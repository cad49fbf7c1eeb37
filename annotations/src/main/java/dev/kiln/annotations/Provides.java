package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that provides a value per request, as FastAPI's {@code Depends} and Dagger's
 * {@code @Provides} do: a handler parameter (or another provider's parameter) of the method's
 * return type receives the value. The method may be static or an instance method of any class
 * compiled with the handlers; its parameters bind as a handler's do ({@link Header}, {@link
 * QueryParam}, {@link Cookie}, {@link PathParam}, {@link BeanParam}, an unannotated scalar as a
 * query parameter), an {@code Exchange} parameter receives the request, and any other parameter
 * is a value of another provider. What a provider reads appears on every operation using it in
 * the OpenAPI document, as do its {@link ApiResponse}s and {@link SecurityRequirement}s.
 *
 * <p>The processor resolves the graph at compile time: a parameter no provider makes, two
 * providers of one type (tell them apart with a {@link Qualifier} annotation) and providers
 * depending on each other in a cycle are compile errors. A value is computed at most once per
 * request, before the request body is read; a provider may throw {@code ProblemException} (e.g.
 * 401 with {@code WWW-Authenticate}) to answer the request with a problem.
 *
 * <p>For a class {@code Auth} with providers, Kiln generates {@code Auth_Providers}, which the
 * generated routes call; the routes of a handler using it take one in their constructor. To
 * replace a provider (in tests), pass a subclass of {@code Auth_Providers} overriding its method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Provides {

}
