package dev.kiln.it.planted;

/** A planted violation: the no-reflection scan must report its {@code Class.forName} call. */
public final class PlantedReflection {
  private PlantedReflection() {}

  /** Loads a class by name, the way Kiln must never do. */
  public static Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name);
  }
}
