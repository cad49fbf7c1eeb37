package dev.kiln.it.apps.clients;

/** An enum parameter with a wire name of its own. */
public enum Shade {
  LIGHT,
  @dev.kiln.annotations.WireName("very-dark") VERY_DARK
}
