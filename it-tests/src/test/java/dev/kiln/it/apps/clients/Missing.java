package dev.kiln.it.apps.clients;

/**
 * The JSON body of {@link EchoApi#note}'s 404: which note is missing and why.
 *
 * @param id the note asked for
 * @param reason why there is none
 */
public record Missing(int id, String reason) {}
