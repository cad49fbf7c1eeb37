package dev.kiln.it.apps.validation;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One component per constraint Kiln compiles, each named after its constraint. */
public record Everything(
    @Nullable @NotNull String notNull,
    @Nullable @Null String mustBeNull,
    @NotBlank String notBlank,
    @NotEmpty List<String> notEmpty,
    @Size(min = 2, max = 4) String size,
    @Min(10) int min,
    @Max(20) long max,
    @DecimalMin("1.5") BigDecimal decimalMin,
    @DecimalMax(value = "9.99", inclusive = false) double decimalMax,
    @Positive int positive,
    @PositiveOrZero Integer positiveOrZero,
    @Negative double negative,
    @NegativeOrZero long negativeOrZero,
    @Digits(integer = 3, fraction = 2) BigDecimal digits,
    @Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE) String pattern,
    @Email String email,
    @Past LocalDate past,
    @PastOrPresent LocalDate pastOrPresent,
    @Future LocalDate future,
    @FutureOrPresent LocalDate futureOrPresent,
    @AssertTrue boolean assertTrue,
    @AssertFalse boolean assertFalse) {}
