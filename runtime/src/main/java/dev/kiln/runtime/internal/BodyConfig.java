package dev.kiln.runtime.internal;

import dev.kiln.runtime.MultipartLimits;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.security.Security;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * How the server reads request bodies, its open event streams and its checks of credentials: one
 * instance per server,
 * shared by its exchanges (one reference per exchange instead of several fields keeps {@link
 * JdkExchange} at 48 bytes).
 *
 * <p>The JSON factory is created on first use, not at start-up, so that jackson-core (about 70
 * classes) loads only with the first JSON body, JSON answer or problem answer.
 */
final class BodyConfig {
  private final long maxBodySize;
  private final StreamReadConstraints jsonConstraints;
  private final MultipartLimits multipart;
  private final OpenStreams openStreams = new OpenStreams();
  private final Security security;
  private volatile JsonFactory jsonFactory;

  /**
   * @param maxBodySize the largest request body read, in bytes
   * @param jsonConstraints the JSON read limits, or {@code null} for Kiln's ({@link Json#FACTORY})
   */
  BodyConfig(long maxBodySize, StreamReadConstraints jsonConstraints) {
    this(maxBodySize, jsonConstraints, MultipartLimits.DEFAULTS);
  }

  /** As above, with the limits of {@code multipart/form-data} bodies. */
  BodyConfig(long maxBodySize, StreamReadConstraints jsonConstraints, MultipartLimits multipart) {
    this(maxBodySize, jsonConstraints, multipart, Security.none());
  }

  /** As above, with the server's checks of credentials. */
  BodyConfig(long maxBodySize, StreamReadConstraints jsonConstraints, MultipartLimits multipart,
      Security security) {
    this.maxBodySize = maxBodySize;
    this.jsonConstraints = jsonConstraints;
    this.multipart = multipart;
    this.security = security;
  }

  /** How {@code multipart/form-data} bodies are read. */
  MultipartLimits multipart() {
    return multipart;
  }

  /** The server's checks of credentials. */
  Security security() {
    return security;
  }

  /** The largest request body read, in bytes. */
  long maxBodySize() {
    return maxBodySize;
  }

  /** The event streams being answered (closed by a graceful stop). */
  OpenStreams openStreams() {
    return openStreams;
  }

  /** The factory request bodies are parsed with (created by the first call). */
  JsonFactory jsonFactory() {
    JsonFactory factory = jsonFactory;
    if (factory == null) {
      factory = jsonConstraints == null ? Json.FACTORY : Json.factory(jsonConstraints);
      jsonFactory = factory; // a race creates two equal factories; either one is fine
    }
    return factory;
  }
}
