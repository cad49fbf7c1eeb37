package dev.kiln.runtime.generated;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.internal.QueryString;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code application/x-www-form-urlencoded} body (the HTML form encoding: {@code
 * name=value} pairs joined by {@code &}, {@code +} for space, strict UTF-8 percent-encoding).
 */
public final class FormInput {
  private final String body;

  public FormInput(String body) {
    this.body = body;
  }

  /** The first value of field {@code name}, or {@code null}; a malformed encoding is recorded as an error. */
  public String first(Exchange exchange, String name) {
    String value = QueryString.first(body, name);
    if (value == QueryString.MALFORMED) {
      exchange.errors().add(RequestError.param(ParamIn.BODY, name, ErrorCodes.INVALID_FORMAT,
          "must be correctly percent-encoded UTF-8", true));
      return null;
    }
    return value;
  }

  /** Every value of field {@code name}, in order; see {@link #first}. */
  public List<String> all(Exchange exchange, String name) {
    List<String> values = new ArrayList<>(QueryString.all(body, name));
    if (values.contains(QueryString.MALFORMED)) {
      exchange.errors().add(RequestError.param(ParamIn.BODY, name, ErrorCodes.INVALID_FORMAT,
          "must be correctly percent-encoded UTF-8", true));
      return List.of();
    }
    return values;
  }
}
