package dev.kiln.it.apps.vocab;

import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Put;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Test-only routes reading every kind of request body and echoing it. */
@Path("/bodies")
public final class BodiesController {

  /** A recursive type. */
  @Post("/category")
  public Category category(Category category) {
    return category;
  }

  /** A generic record with a concrete type argument. */
  @Post("/page")
  public Page<Item> page(Page<Item> page) {
    return new Page<>(page.items(), page.items().size());
  }

  /** A map with string keys; answered sorted by key. */
  @Post("/map")
  public Map<String, Integer> map(Map<String, Integer> counts) {
    return new TreeMap<>(counts);
  }

  /** A map of records. */
  @Post("/item-map")
  public Map<String, Item> itemMap(Map<String, Item> items) {
    return new TreeMap<>(items);
  }

  /** An array of primitives, answered reversed. */
  @Post("/ints")
  public int[] ints(int[] values) {
    int[] reversed = new int[values.length];
    for (int k = 0; k < values.length; k++) {
      reversed[k] = values[values.length - 1 - k];
    }
    return reversed;
  }

  /** An array of records. */
  @Post("/items-array")
  public Item[] itemsArray(Item[] items) {
    return items;
  }

  /** A list of records. */
  @Post("/list")
  public List<Item> list(List<Item> items) {
    return items;
  }

  /** A set of records (duplicates collapse, first-seen order). */
  @Post("/set")
  public Set<Item> set(Set<Item> items) {
    return items;
  }

  /** A set of strings: a repeated query parameter, not a body. */
  @Post("/strings")
  public Set<String> strings(Set<String> tag) {
    return tag;
  }

  /** An optional body: JSON {@code null} is empty. */
  @Post("/optional")
  public String optional(Optional<Item> item) {
    return item.map(Item::sku).orElse("empty");
  }

  /** An all-args class. */
  @Post("/money")
  public Money money(Money money) {
    return money;
  }

  /** An HTML form only. */
  @Post("/form")
  @Consumes("application/x-www-form-urlencoded")
  public Signup form(Signup signup) {
    return signup;
  }

  /** Raw bytes of one declared media type. */
  @Put("/raw")
  @Consumes("application/octet-stream")
  public String raw(byte[] bytes) {
    int sum = 0;
    for (byte b : bytes) {
      sum += b & 0xff;
    }
    return bytes.length + " bytes, sum " + sum;
  }

  /** A raw stream of any media type. */
  @Post("/stream")
  public String stream(InputStream in) throws IOException {
    long count = 0;
    while (in.read() >= 0) {
      count++;
    }
    return count + " bytes";
  }
}
