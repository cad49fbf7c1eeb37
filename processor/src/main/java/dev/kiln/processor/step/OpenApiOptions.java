package dev.kiln.processor.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The processor options about the OpenAPI document, parsed once.
 *
 * @param enabled {@code -Akiln.openapi=false} writes no document (default true)
 * @param title {@code -Akiln.openapi.title}, or {@code null}
 * @param version {@code -Akiln.openapi.version}, or {@code null}
 * @param description {@code -Akiln.openapi.description}, or {@code null}
 * @param servers {@code -Akiln.openapi.servers}: comma-separated URLs, or empty
 * @param nativeImageDir {@code -Akiln.nativeImage.dir}: where under {@code META-INF/native-image/}
 *     the resource configuration goes ({@code <group>/<artifact>}, default {@code
 *     dev.kiln/openapi})
 */
public record OpenApiOptions(boolean enabled, String title, String version, String description,
    List<String> servers, String nativeImageDir) {

  /** The option names, for {@code Processor.getSupportedOptions}. */
  public static final List<String> NAMES = List.of("kiln.openapi", "kiln.openapi.title",
      "kiln.openapi.version", "kiln.openapi.description", "kiln.openapi.servers",
      "kiln.nativeImage.dir");

  public OpenApiOptions {
    servers = List.copyOf(servers);
  }

  /** Parses the options javac was given. */
  public static OpenApiOptions parse(Map<String, String> options) {
    List<String> servers = new ArrayList<>();
    String list = options.get("kiln.openapi.servers");
    if (list != null) {
      for (String server : list.split(",")) {
        if (!server.isBlank()) {
          servers.add(server.strip());
        }
      }
    }
    String dir = options.getOrDefault("kiln.nativeImage.dir", "dev.kiln/openapi");
    return new OpenApiOptions(!"false".equals(options.get("kiln.openapi")),
        blankToNull(options.get("kiln.openapi.title")),
        blankToNull(options.get("kiln.openapi.version")),
        blankToNull(options.get("kiln.openapi.description")), servers, dir);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
