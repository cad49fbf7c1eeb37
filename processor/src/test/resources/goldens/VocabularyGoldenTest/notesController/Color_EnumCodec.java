package com.example.notes;

import javax.annotation.processing.Generated;

/**
 * Wire names of {@link Color} (its {@code @WireName}s, else the constants' Java names), without
 * {@code Enum.valueOf}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Color_EnumCodec {
  /**
   * The wire names, comma-separated, for error messages.
   */
  public static final String ALLOWED = "yellow, blue";

  private Color_EnumCodec() {
  }

  /**
   * The constant whose wire name is {@code name}, or {@code null}.
   */
  public static Color parse(String name) {
    switch (name) {
      case "yellow":
        return Color.YELLOW;
      case "blue":
        return Color.BLUE;
      default:
        return null;
    }
  }

  /**
   * The wire name of {@code value}, or {@code null} for {@code null}.
   */
  public static String wireName(Color value) {
    if (value == null) {
      return null;
    }
    switch (value) {
      case YELLOW:
        return "yellow";
      case BLUE:
        return "blue";
      default:
        throw new AssertionError(value.name());
    }
  }
}
