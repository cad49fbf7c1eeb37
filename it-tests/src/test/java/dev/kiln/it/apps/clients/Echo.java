package dev.kiln.it.apps.clients;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What {@link EchoApi#params} received, parameter by parameter. */
public record Echo(String label, UUID id, int count, List<String> tags, @Nullable Shade shade,
    List<Shade> shades, String trace, List<String> hops, @Nullable String session,
    @Nullable LocalDateTime at, String region, long page) {}
