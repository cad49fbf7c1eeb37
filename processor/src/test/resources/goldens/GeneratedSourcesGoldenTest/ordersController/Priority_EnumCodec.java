package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * Wire names of {@link Priority} (its {@code @WireName}s, else the constants' Java names), without
 * {@code Enum.valueOf}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Priority_EnumCodec {
  /**
   * The wire names, comma-separated, for error messages.
   */
  public static final String ALLOWED = "LOW, NORMAL, HIGH";

  private Priority_EnumCodec() {
  }

  /**
   * The constant whose wire name is {@code name}, or {@code null}.
   */
  public static Priority parse(String name) {
    switch (name) {
      case "LOW":
        return Priority.LOW;
      case "NORMAL":
        return Priority.NORMAL;
      case "HIGH":
        return Priority.HIGH;
      default:
        return null;
    }
  }

  /**
   * The wire name of {@code value}, or {@code null} for {@code null}.
   */
  public static String wireName(Priority value) {
    return value == null ? null : value.name();
  }
}
