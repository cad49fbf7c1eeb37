package dev.kiln.runtime.generated;

import dev.kiln.runtime.KilnServer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The one jackson-core {@link JsonFactory} Kiln reads and writes with, configured with the
 * limits of {@link StreamReadConstraints} so that hostile documents are refused early.
 */
public final class Json {
  /** Deepest nesting of arrays and objects accepted in a request body. */
  public static final int MAX_NESTING_DEPTH = 200;
  /** Longest number (in characters) accepted in a request body. */
  public static final int MAX_NUMBER_LENGTH = 1_000;
  /** Longest string (in characters) accepted in a request body. */
  public static final int MAX_STRING_LENGTH = 5_000_000;
  /** Longest property name (in characters) accepted in a request body. */
  public static final int MAX_NAME_LENGTH = 50_000;

  /** Kiln's default limits; change them with {@link KilnServer.Builder#jsonLimits}. */
  public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .build();

  /** The shared, thread-safe factory with the default limits. */
  public static final JsonFactory FACTORY = factory(CONSTRAINTS);

  private Json() {}

  /** A factory reading with {@code constraints}. */
  public static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder().streamReadConstraints(constraints).build();
  }
}
