package dev.kiln.example.board;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The upstreams of the to-do board and the time each call may take.
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

  /**
   * From {@code KILN_BOARD_UPSTREAMS} (comma-separated base URIs; none by default) and {@code
   * KILN_BOARD_CALL_TIMEOUT_MS} (default 2000).
   */
  public static BoardSettings fromEnvironment(Map<String, String> environment) {
    List<URI> upstreams = new ArrayList<>();
    for (String uri : environment.getOrDefault("KILN_BOARD_UPSTREAMS", "").split(",")) {
      if (!uri.isBlank()) {
        upstreams.add(URI.create(uri.trim()));
      }
    }
    String timeout = environment.get("KILN_BOARD_CALL_TIMEOUT_MS");
    return new BoardSettings(upstreams, timeout == null
        ? DEFAULT_CALL_TIMEOUT : Duration.ofMillis(Long.parseLong(timeout.trim())));
  }
}
