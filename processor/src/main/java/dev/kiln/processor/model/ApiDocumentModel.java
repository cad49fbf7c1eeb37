package dev.kiln.processor.model;

import java.util.List;

/**
 * Everything the application's OpenAPI document states, gathered over all rounds.
 *
 * @param title the API's title
 * @param version the API's version
 * @param description what the API does, or {@code null}
 * @param servers the server URLs, or empty
 * @param controllers the controllers whose routes were written, sorted by qualified name
 * @param schemas the records and enums they use, one per {@link TypeModel#key()}
 * @param securitySchemes the declared security schemes, one per name
 */
public record ApiDocumentModel(String title, String version, String description,
    List<String> servers, List<ControllerModel> controllers, List<SchemaTypeModel> schemas,
    List<SecuritySchemeModel> securitySchemes) {

  public ApiDocumentModel {
    servers = List.copyOf(servers);
    controllers = List.copyOf(controllers);
    schemas = List.copyOf(schemas);
    securitySchemes = List.copyOf(securitySchemes);
  }
}
