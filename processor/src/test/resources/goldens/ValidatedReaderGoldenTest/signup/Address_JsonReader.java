package com.example.club;

import dev.kiln.runtime.generated.Checks;
import dev.kiln.runtime.generated.JsonInput;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Address} from JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Address_JsonReader {
  private static final Pattern ZIP_PATTERN = Pattern.compile("[0-9]{5}");

  private Address_JsonReader() {
  }

  /**
   * Reads a {@link Address} from the JSON object at the input's current token.
   * Properties: {@code zip}; unknown ones are skipped.
   *
   * @return the record, or {@code null} if the object had errors (added to the input's errors)
   */
  public static Address read(JsonInput in) {
    if (!in.beginObject()) {
      return null;
    }
    int errors = in.errorCount();
    String zip = null;
    long seen = 0L;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "zip":
          seen = in.seen(seen, 0x1L);
          zip = in.readString();
          if (!Checks.pattern(zip, ZIP_PATTERN)) {
            in.violation("pattern", "must match \"[0-9]{5}\"");
          }
          break;
        default:
          in.skipValue();
      }
    }
    if ((seen & 0x1L) == 0) {
      in.missing("zip");
    }
    return in.errorCount() == errors ? new Address(zip) : null;
  }
}
