package com.example.shop;

import dev.kiln.runtime.generated.JsonInput;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Address} from JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Address_JsonReader {
  private Address_JsonReader() {
  }

  /**
   * Reads a {@link Address} from the JSON object at the input's current token.
   * Properties: {@code street}, {@code city}; unknown ones are skipped.
   *
   * @return the record, or {@code null} if the object had errors (added to the input's errors)
   */
  public static Address read(JsonInput in) {
    if (!in.beginObject()) {
      return null;
    }
    int errors = in.errorCount();
    String street = null;
    String city = null;
    long seen = 0L;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "street":
          seen = in.seen(seen, 0x1L);
          street = in.readString();
          break;
        case "city":
          seen = in.seen(seen, 0x2L);
          city = in.readString();
          break;
        default:
          in.skipValue();
      }
    }
    if ((seen & 0x1L) == 0) {
      in.missing("street");
    }
    if ((seen & 0x2L) == 0) {
      in.missing("city");
    }
    return in.errorCount() == errors ? new Address(street, city) : null;
  }
}
