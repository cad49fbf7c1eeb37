package dev.kiln.example.petstore;

import dev.kiln.annotations.WireName;

/** A pet's status in the store, written in lower case on the wire. */
public enum PetStatus {
  @WireName("available") AVAILABLE,
  @WireName("pending") PENDING,
  @WireName("sold") SOLD
}
