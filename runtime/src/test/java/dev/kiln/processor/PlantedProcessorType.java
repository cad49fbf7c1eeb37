package dev.kiln.processor;

/** Stands for a processor class in RuntimeLayeringTest's planted violation (test sources only). */
public final class PlantedProcessorType {}
