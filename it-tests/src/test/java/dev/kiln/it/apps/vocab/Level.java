package dev.kiln.it.apps.vocab;

import dev.kiln.annotations.WireName;

/** An enum with wire-name overrides on two constants; {@code MEDIUM} keeps its Java name. */
public enum Level {
  @WireName("low") LOW,
  MEDIUM,
  @WireName("high") HIGH
}
