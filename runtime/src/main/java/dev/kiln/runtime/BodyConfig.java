package dev.kiln.runtime;

import tools.jackson.core.json.JsonFactory;

/**
 * How the server reads request bodies: one instance per server, shared by its exchanges (one
 * reference per exchange instead of two fields keeps {@link Exchange} at 48 bytes).
 */
record BodyConfig(long maxBodySize, JsonFactory jsonFactory) {
  static final BodyConfig DEFAULT =
      new BodyConfig(KilnServer.Builder.DEFAULT_MAX_BODY_SIZE, Json.FACTORY);
}
