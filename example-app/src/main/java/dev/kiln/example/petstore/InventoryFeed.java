package dev.kiln.example.petstore;

import dev.kiln.runtime.Event;
import dev.kiln.runtime.EventStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sends the store's inventory to every subscribed event stream whenever it changes: after each
 * change of the pets the inventory is counted again, and a different one becomes the next {@link
 * InventoryChange} (event type {@code inventory}, id its sequence number).
 */
public final class InventoryFeed {
  /** The event type of every event. */
  public static final String EVENT_TYPE = "inventory";

  private final Supplier<Map<String, Integer>> counter;
  private final Set<EventStream<InventoryChange>> subscribers = ConcurrentHashMap.newKeySet();
  private InventoryChange latest;

  /** The feed of {@code store}'s inventory, counted once now. */
  public InventoryFeed(PetstoreRepository store) {
    this.counter = () -> count(store);
    this.latest = new InventoryChange(1, counter.get());
    store.onPetsChanged(this::recount);
  }

  /** The inventory by wire status name, in name order. */
  static Map<String, Integer> count(PetstoreRepository store) {
    Map<String, Integer> inventory = new TreeMap<>();
    store.countPetsByStatus().forEach(
        (status, count) -> inventory.put(PetStatus_EnumCodec.wireName(status), count));
    return inventory;
  }

  /** The latest inventory. */
  public synchronized InventoryChange latest() {
    return latest;
  }

  /**
   * Subscribes {@code events}: it gets the latest inventory first unless {@code lastEventId}
   * names it (a client reconnecting with nothing missed), then every change; unsubscribed when
   * the stream closes.
   */
  public synchronized void subscribe(EventStream<InventoryChange> events, String lastEventId) {
    if (!Long.toString(latest.sequence()).equals(lastEventId)) {
      events.send(event(latest));
    }
    subscribers.add(events);
    events.onClose(() -> subscribers.remove(events));
  }

  private synchronized void recount() {
    Map<String, Integer> inventory = counter.get();
    if (inventory.equals(latest.inventory())) {
      return;
    }
    latest = new InventoryChange(latest.sequence() + 1, inventory);
    Event<InventoryChange> event = event(latest);
    for (EventStream<InventoryChange> subscriber : subscribers) {
      subscriber.send(event);
    }
  }

  private static Event<InventoryChange> event(InventoryChange change) {
    return Event.of(change).withId(Long.toString(change.sequence())).withType(EVENT_TYPE);
  }
}
