package dev.kiln.example.board;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The upstreams of the to-do board and the time each call may take (configured by {@link
 * BoardConfig}).
 *
 * @param upstreams base URIs of other instances of the app, e.g. {@code http://10.0.0.7:8080}
 * @param callTimeout the time each upstream call may take until its answer's headers arrive
 */
public record BoardSettings(List<URI> upstreams, Duration callTimeout) {
  /** The call timeout unless configured: 2 seconds. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(2);

  public BoardSettings {
    upstreams = List.copyOf(upstreams);
  }
}
