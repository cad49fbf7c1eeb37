package dev.kiln.runtime.internal;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.generated.FormInput;
import dev.kiln.runtime.generated.RequestErrors;
import java.util.ArrayList;
import java.util.List;

/** The {@link FormInput} of a form body, decoded by {@link QueryString} on each lookup. */
final class FormFields implements FormInput {
  private final String body;

  /** The fields of {@code body}, its bytes as ISO-8859-1 characters (the encoding is ASCII). */
  FormFields(String body) {
    this.body = body;
  }

  @Override
  public String first(RequestErrors errors, String name) {
    String value = QueryString.first(body, name);
    if (value == QueryString.MALFORMED) {
      errors.add(RequestError.param(ParamIn.BODY, name, ErrorCodes.INVALID_FORMAT,
          "must be correctly percent-encoded UTF-8", true));
      return null;
    }
    return value;
  }

  @Override
  public List<String> all(RequestErrors errors, String name) {
    List<String> values = new ArrayList<>(QueryString.all(body, name));
    if (values.contains(QueryString.MALFORMED)) {
      errors.add(RequestError.param(ParamIn.BODY, name, ErrorCodes.INVALID_FORMAT,
          "must be correctly percent-encoded UTF-8", true));
      return List.of();
    }
    return values;
  }
}
