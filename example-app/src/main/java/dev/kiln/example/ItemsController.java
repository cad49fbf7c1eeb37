package dev.kiln.example;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Status;
import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.RequestErrors;
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
   * Echoes a valid item with 201 Created. A blank name or a price not greater than 0 is a 422
   * problem.
   */
  @Post
  @Status(201)
  public Item createItem(Item item) {
    RequestErrors errors = new RequestErrors();
    if (item.name().isBlank()) {
      errors.add(RequestError.body("/name", "not_blank", "must not be blank", false));
    }
    if (!(item.price() > 0)) {
      errors.add(RequestError.body("/price", "positive", "must be greater than 0", false));
    }
    errors.throwIfAny();
    return item;
  }
}
