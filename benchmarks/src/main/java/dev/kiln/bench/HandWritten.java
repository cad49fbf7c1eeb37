package dev.kiln.bench;

import dev.kiln.example.Item;
import dev.kiln.example.ItemRef;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The hand-written baseline: the JSON and parameter code of the shared bench's {@code jdk-raw}
 * peer ({@code bench/peers/jdk-raw/src/main/java/bench/JdkRaw.java}), ported from Jackson 2 to
 * Jackson 3 ({@code tools.jackson.core}) and reading into the same {@link Item} record, with the
 * same checks as {@code Item}'s constraints (name not blank, price greater than 0, at most 20
 * non-blank tags) so that both sides do the same work.
 */
public final class HandWritten {
  private HandWritten() {}

  /** Reads an item at the parser's current token ({@code START_OBJECT}); {@code null} if invalid. */
  public static Item readItem(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return null;
    }
    String name = null;
    double price = 0;
    boolean hasPrice = false;
    List<String> tags = List.of();
    boolean valid = true;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "name" -> name = t == JsonToken.VALUE_STRING ? p.getString() : null;
        case "price" -> {
          if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            price = p.getDoubleValue();
            hasPrice = true;
          }
        }
        case "tags" -> {
          if (t == JsonToken.START_ARRAY) {
            tags = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              if (t == JsonToken.VALUE_STRING) {
                String tag = p.getString();
                valid &= !tag.isBlank();
                tags.add(tag);
              } else {
                valid = false;
                p.skipChildren();
              }
            }
          } else {
            valid = false;
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    valid &= validate(name, hasPrice, price, tags);
    return valid ? new Item(name, price, tags) : null;
  }

  /** The checks of {@link Item}'s constraints, written by hand. */
  public static boolean validate(String name, boolean hasPrice, double price, List<String> tags) {
    return name != null && !name.isBlank() && hasPrice && price > 0 && tags.size() <= 20;
  }

  /** Writes an item as jdk-raw does. */
  public static void writeItem(JsonGenerator g, Item item) {
    g.writeStartObject();
    g.writeStringProperty("name", item.name());
    g.writeNumberProperty("price", item.price());
    g.writeArrayPropertyStart("tags");
    for (String tag : item.tags()) {
      g.writeString(tag);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes {@code {"id":..,"q":..}} as jdk-raw does. */
  public static void writeItemRef(JsonGenerator g, ItemRef ref) {
    g.writeStartObject();
    g.writeNumberProperty("id", ref.id());
    g.writeStringProperty("q", ref.q());
    g.writeEndObject();
  }

  /** jdk-raw's query lookup (URLDecoder on the matching value). */
  public static String queryParam(String rawQuery, String key) {
    if (rawQuery == null) {
      return null;
    }
    int start = 0;
    int len = rawQuery.length();
    while (start <= len) {
      int amp = rawQuery.indexOf('&', start);
      int end = amp < 0 ? len : amp;
      int eq = rawQuery.indexOf('=', start);
      if (eq > start && eq < end && rawQuery.regionMatches(start, key, 0, key.length())
          && eq - start == key.length()) {
        return URLDecoder.decode(rawQuery.substring(eq + 1, end), StandardCharsets.UTF_8);
      }
      if (amp < 0) {
        break;
      }
      start = amp + 1;
    }
    return null;
  }

  /** The bytes of {@code s} in UTF-8. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
