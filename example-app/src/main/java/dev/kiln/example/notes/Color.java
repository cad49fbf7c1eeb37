package dev.kiln.example.notes;

import dev.kiln.annotations.WireName;

/** A note's colour, written in lower case on the wire. */
public enum Color {
  @WireName("yellow") YELLOW,
  @WireName("blue") BLUE,
  @WireName("green") GREEN
}
