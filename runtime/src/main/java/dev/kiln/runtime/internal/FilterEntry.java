package dev.kiln.runtime.internal;

import dev.kiln.runtime.filter.Filter;

/**
 * A filter and the path prefix it runs under ({@code /}: every request).
 *
 * @param prefix normalized by {@link PathPrefix#normalize}
 */
public record FilterEntry(String prefix, Filter filter) {

  /** Whether the filter runs for the raw path {@code path}. */
  boolean covers(String path) {
    return PathPrefix.covers(prefix, path);
  }
}
