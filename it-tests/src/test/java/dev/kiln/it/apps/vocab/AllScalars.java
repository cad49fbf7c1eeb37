package dev.kiln.it.apps.vocab;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One component of every scalar type, read and written as JSON. */
public record AllScalars(String s, int i, long l, double d, boolean b, Integer boxedInt,
    Long boxedLong, Double boxedDouble, Boolean boxedBoolean, Level level, UUID uuid,
    BigDecimal decimal, BigInteger big, LocalDate date, LocalDateTime dateTime, Instant instant,
    OffsetDateTime offset, Duration duration) {}
