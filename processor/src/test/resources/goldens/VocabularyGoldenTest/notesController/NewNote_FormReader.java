package com.example.notes;

import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.generated.FormInput;
import dev.kiln.runtime.generated.Params;
import dev.kiln.runtime.generated.RouteExchange;
import dev.kiln.runtime.generated.Scalars;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads {@link NewNote} from an {@code application/x-www-form-urlencoded} body (the HTML form
 * encoding).
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewNote_FormReader {
  private NewNote_FormReader() {
  }

  /**
   * Reads a {@link NewNote} from the fields {@code title}, {@code color}, {@code tags}, {@code due}
   * of an HTML form.
   *
   * @return the record, or {@code null} if a field had errors (added to the exchange's errors)
   */
  public static NewNote read(RouteExchange exchange, FormInput form) {
    int errors = exchange.errors().count();
    String title = Params.toString(exchange.errors(), ParamIn.BODY, "title",
        form.first(exchange.errors(), "title"));
    Color color = Params.toEnum(exchange.errors(), ParamIn.BODY, "color",
        form.first(exchange.errors(), "color"), Color_EnumCodec::parse, Color_EnumCodec.ALLOWED);
    List<String> tags = Params.toList(exchange.errors(), ParamIn.BODY, "tags",
        form.all(exchange.errors(), "tags"), Params::toString);
    String dueRaw = form.first(exchange.errors(), "due");
    Optional<LocalDate> due = dueRaw == null ? Optional.empty()
        : Optional.ofNullable(Params.toText(exchange.errors(), ParamIn.BODY, "due", dueRaw,
        Scalars::localDate, Scalars.LOCAL_DATE_MESSAGE));
    return exchange.errors().count() == errors ? new NewNote(title, color, tags, due) : null;
  }
}
