package dev.kiln.example;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Settings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Where the example app listens, bound by the generated {@code ServerAddress_Binder} from the
 * top-level keys {@code host} and {@code port} ({@code HOST}, {@code PORT}).
 *
 * @param host the address to bind ({@code 0.0.0.0} for every interface)
 * @param port the TCP port, 0 for a free one
 */
@Settings
public record ServerAddress(@DefaultValue("127.0.0.1") String host,
    @DefaultValue("8080") @Min(0) @Max(65535) int port) {}
