package dev.kiln.it.apps.vocab;

import java.math.BigDecimal;

/** A class (not a record) with an all-args constructor, a getter and a plain accessor. */
public final class Money {
  private final BigDecimal amount;
  private final String currency;

  /** Both properties. */
  public Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /** The amount, as a getter. */
  public BigDecimal getAmount() {
    return amount;
  }

  /** The ISO currency code, as a record-style accessor. */
  public String currency() {
    return currency;
  }
}
