package com.example.club;

import dev.kiln.runtime.generated.Checks;
import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.Scalars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Signup} from JSON (RFC 8259) with jackson-core streaming.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class Signup_JsonReader {
  private static final Pattern HANDLE_PATTERN = Pattern.compile("[a-z0-9_]+",
      Pattern.CASE_INSENSITIVE);

  private static final BigDecimal FEE_MIN = new BigDecimal("0.00");

  private Signup_JsonReader() {
  }

  /**
   * Reads a {@link Signup} from the JSON object at the input's current token.
   * Properties: {@code name}, {@code email}, {@code handle}, {@code age}, {@code fee},
   * {@code born}, {@code interests}, {@code address}, {@code note}, {@code start}, {@code end};
   * unknown ones are skipped.
   *
   * @return the record, or {@code null} if the object had errors (added to the input's errors)
   */
  public static Signup read(JsonInput in) {
    if (!in.beginObject()) {
      return null;
    }
    int errors = in.errorCount();
    String name = null;
    String email = null;
    String handle = null;
    int age = 0;
    BigDecimal fee = null;
    LocalDate born = null;
    List<String> interests = List.of();
    Address address = null;
    Optional<String> note = Optional.empty();
    LocalDate start = null;
    LocalDate end = null;
    long seen = 0L;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "name":
          seen = in.seen(seen, 0x1L);
          name = in.readString();
          if (!Checks.notBlank(name)) {
            in.violation("not_blank", "must not be blank");
          }
          if (!Checks.size(name, 0, 40)) {
            in.violation("size", "size must be at most 40");
          }
          break;
        case "email":
          seen = in.seen(seen, 0x2L);
          email = in.readString();
          if (!Checks.email(email)) {
            in.violation("email", "must be a well-formed email address");
          }
          break;
        case "handle":
          seen = in.seen(seen, 0x4L);
          handle = in.readString();
          if (!Checks.pattern(handle, HANDLE_PATTERN)) {
            in.violation("pattern", "must match \"[a-z0-9_]+\"");
          }
          break;
        case "age":
          seen = in.seen(seen, 0x8L);
          age = in.readInt();
          if (!Checks.min(age, 18L)) {
            in.violation("min", "must be greater than or equal to 18");
          }
          if (!Checks.max(age, 130L)) {
            in.violation("max", "must be less than or equal to 130");
          }
          break;
        case "fee":
          seen = in.seen(seen, 0x10L);
          fee = in.readBigDecimal();
          if (!Checks.decimalMin(fee, FEE_MIN, false)) {
            in.violation("decimal_min", "must be greater than 0.00");
          }
          break;
        case "born":
          seen = in.seen(seen, 0x20L);
          born = in.readText(Scalars::localDate, Scalars.LOCAL_DATE_MESSAGE);
          if (!Checks.past(born, false)) {
            in.violation("past", "must be in the past");
          }
          break;
        case "interests":
          seen = in.seen(seen, 0x40L);
          interests = readInterestsList(in);
          if (!Checks.notEmpty(interests)) {
            in.violation("not_empty", "must not be empty");
          }
          if (!Checks.size(interests, 0, 5)) {
            in.violation("size", "size must be at most 5");
          }
          break;
        case "address":
          seen = in.seen(seen, 0x80L);
          int addressErrors = in.errorCount();
          address = Address_JsonReader.read(in);
          if (in.errorCount() == addressErrors) {
            if (address == null) {
              in.violation("not_null", "must not be null");
            }
          }
          break;
        case "note":
          seen = in.seen(seen, 0x100L);
          note = in.isNull() ? Optional.empty() : Optional.ofNullable(in.readString());
          if (!Checks.size(note.orElse(null), 0, 200)) {
            in.violation("size", "at most 200 characters");
          }
          break;
        case "start":
          seen = in.seen(seen, 0x200L);
          start = in.readText(Scalars::localDate, Scalars.LOCAL_DATE_MESSAGE);
          break;
        case "end":
          seen = in.seen(seen, 0x400L);
          end = in.readText(Scalars::localDate, Scalars.LOCAL_DATE_MESSAGE);
          break;
        default:
          in.skipValue();
      }
    }
    if ((seen & 0x1L) == 0) {
      in.missing("name");
    }
    if ((seen & 0x2L) == 0) {
      in.missing("email");
    }
    if ((seen & 0x4L) == 0) {
      in.missing("handle");
    }
    if ((seen & 0x8L) == 0) {
      in.missing("age");
    }
    if ((seen & 0x10L) == 0) {
      in.missing("fee");
    }
    if ((seen & 0x20L) == 0) {
      in.missing("born");
    }
    if ((seen & 0x40L) == 0) {
      in.absentViolation("interests", "not_empty", "must not be empty");
    }
    if ((seen & 0x80L) == 0) {
      in.missing("address");
    }
    if ((seen & 0x200L) == 0) {
      in.missing("start");
    }
    if ((seen & 0x400L) == 0) {
      in.missing("end");
    }
    if (in.errorCount() != errors) {
      return null;
    }
    Signup value = new Signup(name, email, handle, age, fee, born, interests, address, note, start,
        end);
    if (!value.isOrdered()) {
      in.violation("assert_true", "start must not be after end");
    }
    return in.errorCount() == errors ? value : null;
  }

  private static List<String> readInterestsList(JsonInput in) {
    if (!in.beginArray()) {
      return null;
    }
    List<String> list = new ArrayList<>();
    while (in.nextElement()) {
      String element = in.readString();
      if (!Checks.notBlank(element)) {
        in.violation("not_blank", "must not be blank");
      }
      list.add(element);
    }
    return list;
  }
}
