package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * The longest a handler returning {@code CompletionStage<T>} may take to complete its stage.
 * When the time is up the route answers {@code 503 Service Unavailable} (RFC 9110 section
 * 15.6.4) as problem details and cancels the stage ({@code cancel(true)} on its {@code
 * CompletableFuture}), which reaches in-flight calls of a generated client that the stage was
 * built from. For example {@code @Timeout(2)} gives the handler two seconds.
 *
 * <p>503, not 504: the deadline is the server's own, whether or not it waited on an upstream
 * server (an upstream call that times out is a generated client's {@code CallTimeoutException},
 * answered 504 Gateway Timeout).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Timeout {
  /** The time allowed, in {@link #unit()}s; more than 0. */
  long value();

  /** The unit of {@link #value()}; seconds by default. */
  TimeUnit unit() default TimeUnit.SECONDS;
}
