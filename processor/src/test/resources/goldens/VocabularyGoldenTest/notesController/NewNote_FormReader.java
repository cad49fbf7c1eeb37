package com.example.notes;

import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.generated.FormInput;
import dev.kiln.runtime.generated.Params;
import dev.kiln.runtime.generated.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads {@link NewNote} from an {@code application/x-www-form-urlencoded} body (the HTML form encoding).
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewNote_FormReader {
  private NewNote_FormReader() {
  }

  /**
   * Reads a {@link NewNote} from the fields {@code title}, {@code color}, {@code tags}, {@code due} of an HTML form.
   *
   * @return the record, or {@code null} if a field had errors (added to the exchange's errors)
   */
  public static NewNote read(Exchange exchange, FormInput form) {
    int errors = exchange.errorCount();
    String title = Params.toString(exchange, ParamIn.BODY, "title", form.first(exchange, "title"));
    Color color = Params.toEnum(exchange, ParamIn.BODY, "color", form.first(exchange, "color"), Color_EnumCodec::parse, Color_EnumCodec.ALLOWED);
    List<String> tags = Params.toList(exchange, ParamIn.BODY, "tags", form.all(exchange, "tags"), Params::toString);
    String dueRaw = form.first(exchange, "due");
    Optional<LocalDate> due = dueRaw == null ? Optional.empty() : Optional.ofNullable(Params.toText(exchange, ParamIn.BODY, "due", dueRaw, Scalars::localDate, Scalars.LOCAL_DATE_MESSAGE));
    return exchange.errorCount() == errors ? new NewNote(title, color, tags, due) : null;
  }
}
