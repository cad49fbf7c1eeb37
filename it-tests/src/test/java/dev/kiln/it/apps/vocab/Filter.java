package dev.kiln.it.apps.vocab;

import dev.kiln.annotations.Cookie;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.QueryParam;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code @BeanParam} record with a path, query, header, cookie and repeated member, and a
 * compact constructor with an invariant that the placeholder of a rejected value (0) breaks.
 */
public record Filter(String shop, @QueryParam @DefaultValue("10") int limit,
    @Header("X-Tenant") Optional<String> tenant, @Cookie Optional<UUID> session,
    List<String> tag) {
  public Filter {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }
}
