package dev.kiln.example;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Settings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The example app's observability settings, bound by the generated {@code
 * ObservabilitySettings_Binder}.
 *
 * @param drainDelaySeconds how long the server keeps serving after a stop began, in whole
 *     seconds ({@code kiln.drain-delay-seconds}, {@code KILN_DRAIN_DELAY_SECONDS}; default 0)
 */
@Settings(prefix = "kiln")
public record ObservabilitySettings(
    @DefaultValue("0") @Min(0) @Max(300) int drainDelaySeconds) {}
