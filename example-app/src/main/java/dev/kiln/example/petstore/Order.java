package dev.kiln.example.petstore;

import jakarta.validation.constraints.Positive;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A purchase order for a pet.
 *
 * @param id the order's id; given by the store when a new order has none
 * @param petId the id of the pet ordered
 * @param quantity how many, at least 1
 * @param shipDate when it ships
 * @param status Order Status
 * @param complete whether the order is complete
 */
public record Order(
    Optional<Long> id,
    Optional<Long> petId,
    @Positive Optional<Integer> quantity,
    Optional<OffsetDateTime> shipDate,
    Optional<OrderStatus> status,
    Optional<Boolean> complete) {

  /** This order with the id {@code newId}. */
  public Order withId(long newId) {
    return new Order(Optional.of(newId), petId, quantity, shipDate, status, complete);
  }
}
