package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an annotation that tells apart providers of one type, as {@code jakarta.inject.Qualifier}
 * does: with {@code @Qualifier @interface Admin {}}, a {@code @Provides @Admin User admin(...)}
 * method feeds only parameters annotated {@code @Admin User}. Members of the annotation count:
 * {@code @Role("a")} and {@code @Role("b")} are different qualifiers.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Qualifier {

}
