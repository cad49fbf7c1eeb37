package dev.kiln.runtime.generated;

import java.util.List;

/**
 * A parsed {@code application/x-www-form-urlencoded} body (the HTML form encoding: {@code
 * name=value} pairs joined by {@code &}, {@code +} for space, strict UTF-8 percent-encoding), as
 * generated form readers read it.
 */
public interface FormInput {
  /**
   * The first value of field {@code name}, or {@code null}; a malformed encoding is added to
   * {@code errors} as {@code invalid_format} and yields {@code null}.
   */
  String first(RequestErrors errors, String name);

  /** Every value of field {@code name}, in order (empty if absent); see {@link #first}. */
  List<String> all(RequestErrors errors, String name);
}
