package dev.kiln.test;

import java.net.URI;

/** How a {@link KilnClient} sends a request: over HTTP, or in process. */
interface Exchanger {
  /** The base URI requests are resolved against. */
  URI baseUri();

  /**
   * Sends {@code method path} with {@code body} ({@code null} for none) and {@code headers} as
   * name, value pairs and returns the answer.
   */
  KilnResponse exchange(String method, String path, byte[] body, String... headers);
}
