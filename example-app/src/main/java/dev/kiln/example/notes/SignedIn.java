package dev.kiln.example.notes;

import dev.kiln.annotations.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the {@code UUID} of a signed-in caller ({@link NoteUsers#signedIn}): a handler
 * parameter {@code @SignedIn UUID user} is answered 401 for anonymous callers.
 */
@Qualifier
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface SignedIn {}
