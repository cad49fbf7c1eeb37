package com.example.notes;

import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.JsonReaders;
import dev.kiln.runtime.generated.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads {@link NewNote} from JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewNote_JsonReader {
  private NewNote_JsonReader() {
  }

  /**
   * Reads a {@link NewNote} from the JSON object at the input's current token.
   * Properties: {@code title}, {@code color}, {@code tags}, {@code due}; unknown ones are skipped.
   *
   * @return the record, or {@code null} if the object had errors (added to the input's errors)
   */
  public static NewNote read(JsonInput in) {
    if (!in.beginObject()) {
      return null;
    }
    int errors = in.errorCount();
    String title = null;
    Color color = null;
    List<String> tags = List.of();
    Optional<LocalDate> due = Optional.empty();
    long seen = 0L;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "title":
          seen = in.seen(seen, 0x1L);
          title = in.readString();
          break;
        case "color":
          seen = in.seen(seen, 0x2L);
          color = in.readEnum(Color_EnumCodec::parse, Color_EnumCodec.ALLOWED);
          break;
        case "tags":
          seen = in.seen(seen, 0x4L);
          tags = JsonReaders.readList(in, JsonInput::readString);
          break;
        case "due":
          seen = in.seen(seen, 0x8L);
          due = in.isNull() ? Optional.empty() : Optional.ofNullable(in.readText(Scalars::localDate,
              Scalars.LOCAL_DATE_MESSAGE));
          break;
        default:
          in.skipValue();
      }
    }
    if ((seen & 0x1L) == 0) {
      in.missing("title");
    }
    if ((seen & 0x2L) == 0) {
      in.missing("color");
    }
    return in.errorCount() == errors ? new NewNote(title, color, tags, due) : null;
  }
}
