package dev.kiln.runtime.generated;

import dev.kiln.runtime.internal.ServerSettings;

/** Planted for RuntimeLayeringTest: generated-code support naming an internal type. */
public final class PlantedInternalUse {
  /** An internal type in a public signature of an exported package. */
  public ServerSettings settings() {
    return null;
  }
}
