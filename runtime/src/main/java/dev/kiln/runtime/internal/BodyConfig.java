package dev.kiln.runtime.internal;

import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Json;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * How the server reads request bodies: one instance per server, shared by its exchanges (one
 * reference per exchange instead of two fields keeps {@link Exchange} at 48 bytes).
 *
 * <p>The JSON factory is created on first use, not at start-up, so that jackson-core (about 70
 * classes) loads only with the first JSON body, JSON answer or problem answer.
 */
public final class BodyConfig {
  public static final BodyConfig DEFAULT = new BodyConfig(KilnServer.Builder.DEFAULT_MAX_BODY_SIZE, null);

  private final long maxBodySize;
  private final StreamReadConstraints jsonConstraints;
  private volatile JsonFactory jsonFactory;

  /**
   * @param maxBodySize the largest request body read, in bytes
   * @param jsonConstraints the JSON read limits, or {@code null} for Kiln's ({@link Json#FACTORY})
   */
  public BodyConfig(long maxBodySize, StreamReadConstraints jsonConstraints) {
    this.maxBodySize = maxBodySize;
    this.jsonConstraints = jsonConstraints;
  }

  /** The largest request body read, in bytes. */
  public long maxBodySize() {
    return maxBodySize;
  }

  /** The factory request bodies are parsed with (created by the first call). */
  public JsonFactory jsonFactory() {
    JsonFactory factory = jsonFactory;
    if (factory == null) {
      factory = jsonConstraints == null ? Json.FACTORY : Json.factory(jsonConstraints);
      jsonFactory = factory; // a race creates two equal factories; either one is fine
    }
    return factory;
  }
}
