package com.example.conf;

import javax.annotation.processing.Generated;

/**
 * Wire names of {@link Level} (its {@code @WireName}s, else the constants' Java names), without
 * {@code Enum.valueOf}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Level_EnumCodec {
  /**
   * The wire names, comma-separated, for error messages.
   */
  public static final String ALLOWED = "LOW, HIGH";

  private Level_EnumCodec() {
  }

  /**
   * The constant whose wire name is {@code name}, or {@code null}.
   */
  public static Level parse(String name) {
    switch (name) {
      case "LOW":
        return Level.LOW;
      case "HIGH":
        return Level.HIGH;
      default:
        return null;
    }
  }

  /**
   * The wire name of {@code value}, or {@code null} for {@code null}.
   */
  public static String wireName(Level value) {
    return value == null ? null : value.name();
  }
}
