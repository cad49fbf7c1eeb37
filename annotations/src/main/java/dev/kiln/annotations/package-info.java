/**
 * Kiln's annotations: HTTP method annotations on handler methods ({@link dev.kiln.annotations.Get},
 * {@link dev.kiln.annotations.Post}, ...), parameter annotations and {@link
 * dev.kiln.annotations.Status}, and provider methods ({@link dev.kiln.annotations.Provides},
 * {@link dev.kiln.annotations.Depends}, {@link dev.kiln.annotations.Qualifier}) making per-request
 * values. They are read by the Kiln annotation processor at compile time and
 * never at run time.
 */
package dev.kiln.annotations;
