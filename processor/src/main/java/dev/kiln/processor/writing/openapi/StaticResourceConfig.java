package dev.kiln.processor.writing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The GraalVM native-image resource configuration of the class-path folders an application serves
 * with {@code StaticFiles} (its {@code @StaticResources}): each folder itself (the runtime looks it
 * up when the server starts) and every resource below it.
 */
public final class StaticResourceConfig {
  private StaticResourceConfig() {}

  // {"resources": {"includes": [{"pattern": "\\Qstatic\\E(/.*)?"}]}}
  /** The configuration's JSON text for {@code folders}, in their (sorted) order. */
  public static String write(SortedSet<String> folders) {
    List<Object> includes = new ArrayList<>();
    for (String folder : folders) {
      includes.add(Json.obj("pattern", "\\Q" + folder + "\\E(/.*)?"));
    }
    Map<String, Object> config = Json.obj("resources", Json.obj("includes", includes));
    return JsonText.write(config);
  }
}
