package dev.kiln.example.board;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Settings;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The to-do board's configuration, bound by the generated {@code BoardConfig_Binder}.
 *
 * @param upstreams base URIs of other instances of the app ({@code kiln.board.upstreams}, {@code
 *     KILN_BOARD_UPSTREAMS}, comma-separated; none by default)
 * @param callTimeout the time each upstream call may take ({@code kiln.board.call-timeout},
 *     {@code KILN_BOARD_CALL_TIMEOUT}; default {@code 2s})
 */
@Settings(prefix = "kiln.board")
public record BoardConfig(
    List<@Pattern(regexp = "https?://[^/?#\\s]+(/\\S*)?") String> upstreams,
    @DefaultValue("2s") Duration callTimeout) {

  /** The board's settings: the upstreams as URIs. */
  public BoardSettings settings() {
    return new BoardSettings(upstreams.stream().map(URI::create).toList(), callTimeout);
  }
}
