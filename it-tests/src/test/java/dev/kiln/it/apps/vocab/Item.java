package dev.kiln.it.apps.vocab;

import dev.kiln.annotations.WireName;

/** A small record whose {@code quantity} is {@code qty} on the wire. */
public record Item(String sku, @WireName("qty") int quantity) {}
