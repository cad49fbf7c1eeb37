package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * The application's {@code @OpenApiInfo}. Text attributes left empty are {@code null}.
 *
 * @param title the API's title
 * @param version the API's version
 * @param description what the API does
 * @param servers the server URLs
 * @param holder the class or package carrying it, for diagnostics
 */
public record ApiInfoModel(String title, String version, String description, List<String> servers,
    Element holder) {

  public ApiInfoModel {
    servers = List.copyOf(servers);
  }
}
