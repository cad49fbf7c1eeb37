package com.example.shop;

import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.JsonReaders;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads {@link OrderRequest} from JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderRequest_JsonReader {
  private OrderRequest_JsonReader() {
  }

  /**
   * Reads a {@link OrderRequest} from the JSON object at the input's current token.
   * Properties: {@code customer}, {@code address}, {@code lines}, {@code note}, {@code priority};
   * unknown ones are skipped.
   *
   * @return the record, or {@code null} if the object had errors (added to the input's errors)
   */
  public static OrderRequest read(JsonInput in) {
    if (!in.beginObject()) {
      return null;
    }
    int errors = in.errorCount();
    String customer = null;
    Address address = null;
    List<Line> lines = List.of();
    Optional<String> note = Optional.empty();
    Priority priority = null;
    long seen = 0L;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "customer":
          seen = in.seen(seen, 0x1L);
          customer = in.readString();
          break;
        case "address":
          seen = in.seen(seen, 0x2L);
          address = Address_JsonReader.read(in);
          break;
        case "lines":
          seen = in.seen(seen, 0x4L);
          lines = JsonReaders.readList(in, Line_JsonReader::read);
          break;
        case "note":
          seen = in.seen(seen, 0x8L);
          note = in.isNull() ? Optional.empty() : Optional.ofNullable(in.readString());
          break;
        case "priority":
          seen = in.seen(seen, 0x10L);
          priority = in.readEnum(Priority_EnumCodec::parse, Priority_EnumCodec.ALLOWED);
          break;
        default:
          in.skipValue();
      }
    }
    if ((seen & 0x1L) == 0) {
      in.missing("customer");
    }
    if ((seen & 0x2L) == 0) {
      in.missing("address");
    }
    if ((seen & 0x10L) == 0) {
      in.missing("priority");
    }
    return in.errorCount() == errors ? new OrderRequest(customer, address, lines, note,
        priority) : null;
  }
}
