package dev.kiln.client.generated;

import java.io.InputStream;
import java.net.http.HttpHeaders;

/**
 * An answer as received, before an {@link Answer} reads it. Called by generated code only.
 *
 * @param status the status code
 * @param headers the headers
 * @param body the body (empty when there is none); read it at most once
 */
public record Received(int status, HttpHeaders headers, InputStream body) {}
