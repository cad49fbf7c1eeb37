package dev.kiln.processor.writing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GraalVM native-image resource configuration of the class-path resources Kiln's runtime
 * reads by name: the OpenAPI document, and the Swagger UI and ReDoc webjar files its {@code Docs}
 * serves (any webjar version). Keep the names in step with {@code dev.kiln.runtime.Docs}.
 */
public final class NativeImageResources {
  /** The webjar files the runtime serves, per webjar. */
  static final Map<String, List<String>> WEBJAR_FILES = Map.of(
      "swagger-ui", List.of("swagger-ui.css", "swagger-ui-bundle.js", "favicon-16x16.png",
          "favicon-32x32.png", "oauth2-redirect.html", "oauth2-redirect.js"),
      "redoc", List.of("redoc.standalone.js"));

  private NativeImageResources() {}

  /**
   * The configuration's JSON text, naming {@code document}, its list of {@code operations} and
   * the docs assets.
   */
  public static String write(String document, String operations) {
    return JsonText.write(config(document, operations));
  }

  // {"resources": {"includes": [{"pattern": "\\QMETA-INF/kiln/openapi.json\\E"}, ...]}}
  private static Map<String, Object> config(String document, String operations) {
    List<Object> includes = new ArrayList<>();
    includes.add(Json.obj("pattern", quote(document)));
    includes.add(Json.obj("pattern", quote(operations)));
    for (String webjar : List.of("redoc", "swagger-ui")) {
      includes.add(Json.obj("pattern",
          quote("META-INF/maven/org.webjars/" + webjar + "/pom.properties")));
      for (String file : WEBJAR_FILES.get(webjar)) {
        includes.add(Json.obj("pattern", quote("META-INF/resources/webjars/" + webjar + "/")
            + "[^/]+" + quote("/" + file)));
      }
    }
    return Json.obj("resources", Json.obj("includes", includes));
  }

  private static String quote(String literal) {
    return "\\Q" + literal + "\\E";
  }
}
