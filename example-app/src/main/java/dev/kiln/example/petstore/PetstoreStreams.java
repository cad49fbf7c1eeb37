package dev.kiln.example.petstore;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.Produces;
import dev.kiln.annotations.Tag;
import dev.kiln.runtime.EventStream;
import java.util.Optional;

/** The Petstore's streamed answers: inventory changes as server-sent events, pets as JSON lines. */
public final class PetstoreStreams {
  private final PetstoreRepository store;
  private final InventoryFeed inventory;

  /** The streams of {@code store}, its inventory changes from {@code inventory}. */
  public PetstoreStreams(PetstoreRepository store, InventoryFeed inventory) {
    this.store = store;
    this.inventory = inventory;
  }

  /**
   * Streams the inventory: the current one, then one event per change.
   *
   * <p>Server-sent events of type {@code inventory}, each with its sequence number as id; a
   * client reconnecting with {@code Last-Event-ID} equal to the latest one gets only the changes
   * after it. A comment line is sent every 15 seconds without changes.
   */
  @Tag("store")
  @Get("/store/inventory/events")
  public EventStream<InventoryChange> inventoryEvents(
      @Header("Last-Event-ID") Optional<String> lastEventId) {
    EventStream<InventoryChange> events = EventStream.create();
    inventory.subscribe(events, lastEventId.orElse(null));
    return events;
  }

  /** Every pet, one JSON document per line, in id order. */
  @Tag("pet")
  @Get("/pet/export")
  @Produces("application/x-ndjson")
  public EventStream<Pet> exportPets() {
    return EventStream.of(store.findPetsByName(""));
  }
}
