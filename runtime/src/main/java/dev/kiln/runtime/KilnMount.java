package dev.kiln.runtime;

import dev.kiln.runtime.generated.Route;
import java.util.List;

/**
 * A Kiln application mounted into another, as the mounting server's document sees it.
 *
 * @param prefix the mount's prefix, without a trailing {@code /}
 * @param routes the mounted application's routes (templates below the prefix)
 * @param docs the mounted application's docs, whose document lists its operations; {@code
 *     null}: the mounting server's document does (one compilation)
 * @param operations whether its operations are merged into the document or left out
 */
record KilnMount(String prefix, List<Route> routes, Docs docs, MountedOperations operations) {
  KilnMount {
    routes = List.copyOf(routes);
  }
}
