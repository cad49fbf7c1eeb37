package com.example.shop;

import dev.kiln.runtime.generated.JsonInput;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Line} from JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Line_JsonReader {
  private Line_JsonReader() {
  }

  /**
   * Reads a {@link Line} from the JSON object at the input's current token.
   * Properties: {@code sku}, {@code quantity}, {@code price}; unknown ones are skipped.
   *
   * @return the record, or {@code null} if the object had errors (added to the input's errors)
   */
  public static Line read(JsonInput in) {
    if (!in.beginObject()) {
      return null;
    }
    int errors = in.errorCount();
    String sku = null;
    int quantity = 0;
    double price = 0.0;
    long seen = 0L;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "sku":
          seen = in.seen(seen, 0x1L);
          sku = in.readString();
          break;
        case "quantity":
          seen = in.seen(seen, 0x2L);
          quantity = in.readInt();
          break;
        case "price":
          seen = in.seen(seen, 0x4L);
          price = in.readDouble();
          break;
        default:
          in.skipValue();
      }
    }
    if ((seen & 0x1L) == 0) {
      in.missing("sku");
    }
    if ((seen & 0x2L) == 0) {
      in.missing("quantity");
    }
    if ((seen & 0x4L) == 0) {
      in.missing("price");
    }
    return in.errorCount() == errors ? new Line(sku, quantity, price) : null;
  }
}
