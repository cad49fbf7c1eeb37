package dev.kiln.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How {@link KilnTest} runs the application for the annotated test class (and its nested
 * classes): {@code @TestMode(KilnTest.Mode.IN_PROCESS)} hands requests straight to its routes,
 * without a socket. It overrides {@link KilnTest#mode(KilnTest.Mode)}; an {@link EachMode}
 * invocation's mode overrides it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TestMode {
  /** The mode. */
  KilnTest.Mode value();
}
