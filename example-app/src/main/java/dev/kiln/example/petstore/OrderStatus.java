package dev.kiln.example.petstore;

import dev.kiln.annotations.WireName;

/** An order's status, written in lower case on the wire. */
public enum OrderStatus {
  @WireName("placed") PLACED,
  @WireName("approved") APPROVED,
  @WireName("delivered") DELIVERED
}
