package dev.kiln.example.petstore;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Delete;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.SecurityRequirement;
import dev.kiln.annotations.Status;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.util.Map;
import java.util.Optional;

/** Access to Petstore orders: the Petstore's {@code /store} operations. */
@dev.kiln.annotations.Tag("store")
@Path("/store")
public final class StoreController {
  private final PetstoreRepository store;

  /** The orders and inventory of {@code store}. */
  public StoreController(PetstoreRepository store) {
    this.store = store;
  }

  /**
   * Returns pet inventories by status.
   *
   * <p>Returns a map of status codes to quantities.
   *
   * @implNote Counts the pets of each status that some pet has.
   */
  @Get("/inventory")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  @SecurityRequirement("api_key")
  public Map<String, Integer> getInventory() {
    return InventoryFeed.count(store);
  }

  /**
   * Place an order for a pet.
   *
   * <p>Place a new order in the store.
   *
   * @implNote An order without an id gets the next free one, without a status {@code placed},
   *     without {@code complete} {@code false}; its {@code petId}, if any, must name a pet of
   *     the store (else 400); one whose id is taken is answered 409 and changes nothing.
   */
  @Post("/order")
  @Consumes({"application/json", "application/x-www-form-urlencoded"})
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "Invalid input", empty = true)
  @ApiResponse(status = 409, description = "An order with this id exists", empty = true)
  @ApiResponse(status = 422, description = "Validation exception", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public Order placeOrder(Order order) {
    order.petId().ifPresent(petId -> {
      if (store.findPet(petId).isEmpty()) {
        throw new ProblemException(Problem.of(400, "There is no pet " + petId + " to order."));
      }
    });
    Order placed = new Order(order.id(), order.petId(), order.quantity(), order.shipDate(),
        order.status().or(() -> Optional.of(OrderStatus.PLACED)),
        order.complete().or(() -> Optional.of(false)));
    return store.placeOrder(placed);
  }

  /**
   * Find purchase order by ID.
   *
   * <p>For valid response try integer IDs with value <= 5 or > 10. Other values will generate
   * exceptions.
   */
  @Get("/order/{orderId}")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "Invalid ID supplied", empty = true)
  @ApiResponse(status = 404, description = "Order not found", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public Order getOrderById(long orderId) {
    return store.findOrder(orderId).orElseThrow(() -> notFound(orderId));
  }

  /**
   * Delete purchase order by identifier.
   *
   * <p>For valid response try integer IDs with value < 1000. Anything above 1000 or
   * non-integers will generate API errors.
   */
  @Delete("/order/{orderId}")
  @Status(200)
  @ApiResponse(status = 200, description = "order deleted", empty = true)
  @ApiResponse(status = 400, description = "Invalid ID supplied", empty = true)
  @ApiResponse(status = 404, description = "Order not found", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public void deleteOrder(long orderId) {
    if (!store.deleteOrder(orderId)) {
      throw notFound(orderId);
    }
  }

  private static ProblemException notFound(long orderId) {
    return new ProblemException(Problem.of(404, "No order " + orderId + "."));
  }
}
