package dev.kiln.runtime.internal;

/** A planted layering violation (see RuntimeLayeringTest): a public internal class. */
public final class PlantedPublicInternal {}
