package dev.kiln.runtime;

import dev.kiln.processor.PlantedProcessorType;
import dev.kiln.runtime.internal.JdkKilnServer;

/** Planted for RuntimeLayeringTest: the user API using the processor and the server. */
final class PlantedProcessorUse {
  Object processor() {
    return new PlantedProcessorType();
  }

  Class<?> server() {
    return JdkKilnServer.class;
  }
}
