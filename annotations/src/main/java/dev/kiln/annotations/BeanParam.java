package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a record parameter whose components are themselves parameters (path, query, header,
 * cookie), so that groups of parameters shared by several handlers are declared once. The
 * components take the same annotations as handler parameters.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface BeanParam {

}
