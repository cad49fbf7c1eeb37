package dev.kiln.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Switches the contract check of {@link KilnTest} off for a test method, or for every test of a
 * class: answers are then not compared with the OpenAPI document. Use it for tests that
 * deliberately provoke answers the document does not describe; {@link KilnClient#unchecked()}
 * does the same for single requests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WithoutContractCheck {}
