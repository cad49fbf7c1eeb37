package dev.kiln.example;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Status;
import java.util.Optional;

/** The benchmark's item routes: a path variable with a query parameter, and a JSON echo. */
@Path("/items")
public final class ItemsController {

  /** Echoes the path variable {@code id} and the optional query parameter {@code q}. */
  @Get("/{id}")
  public ItemRef getItem(int id, Optional<String> q) {
    return new ItemRef(id, q.orElse(null));
  }

  /**
   * Echoes a valid item with 201 Created. The constraints on {@link Item} (blank name, price
   * not greater than 0, too many or blank tags) answer a 422 problem before this runs.
   */
  @Post
  @Status(201)
  public Item createItem(Item item) {
    return item;
  }
}
