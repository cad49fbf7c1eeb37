package dev.kiln.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the annotated test class once per {@link KilnTest.Mode}: over HTTP, then in process, with
 * the same tests and assertions. A {@code static} {@link KilnTest} starts the application afresh
 * for each mode; the class may read the mode from a {@code @Parameter KilnTest.Mode} field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ParameterizedClass(name = "{0}")
@EnumSource(KilnTest.Mode.class)
public @interface EachMode {}
