package test;

import javax.annotation.processing.Generated;

/**
 * Wire names of {@link NewPhotos.Visibility} (its {@code @WireName}s, else the constants' Java
 * names), without {@code Enum.valueOf}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewPhotos_Visibility_EnumCodec {
  /**
   * The wire names, comma-separated, for error messages.
   */
  public static final String ALLOWED = "PUBLIC, PRIVATE";

  private NewPhotos_Visibility_EnumCodec() {
  }

  /**
   * The constant whose wire name is {@code name}, or {@code null}.
   */
  public static NewPhotos.Visibility parse(String name) {
    switch (name) {
      case "PUBLIC":
        return NewPhotos.Visibility.PUBLIC;
      case "PRIVATE":
        return NewPhotos.Visibility.PRIVATE;
      default:
        return null;
    }
  }

  /**
   * The wire name of {@code value}, or {@code null} for {@code null}.
   */
  public static String wireName(NewPhotos.Visibility value) {
    return value == null ? null : value.name();
  }
}
