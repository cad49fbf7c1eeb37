package dev.kiln.runtime;

import dev.kiln.runtime.generated.Authentication;
import dev.kiln.runtime.generated.RouteGroup;
import dev.kiln.runtime.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a {@link KilnServer.Builder} knows of security: the checks, and the operations needing them. */
final class SecuredOperations {
  private final List<Authentication> operations = new ArrayList<>();
  private Security security = Security.none();

  /** Notes the security of {@code group}'s operations. */
  void add(RouteGroup group) {
    operations.addAll(group.security());
  }

  /** Uses {@code checks} (not {@code null}). */
  void use(Security checks) {
    this.security = Objects.requireNonNull(checks, "security");
  }

  /**
   * The checks, verified to have one of the right kind for every scheme the operations require.
   *
   * @throws IllegalStateException naming a scheme without one
   */
  Security verified() {
    Authentication.verifyConfigured(operations, security);
    return security;
  }
}
