package dev.kiln.runtime.generated;

import java.util.List;

/**
 * The routes of one handler class. The Kiln processor generates one implementation per handler
 * class, named after it ({@code ItemsController_Routes}), taking the handler instance.
 */
public interface RouteGroup {
  /** The routes, in source order. */
  List<Route> routes();

  /**
   * The security of its secured operations, which the server checks at start against its {@code
   * Security} (every required scheme has a check); empty when none is secured.
   */
  default List<Authentication> security() {
    return List.of();
  }
}
