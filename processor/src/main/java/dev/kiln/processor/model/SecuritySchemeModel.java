package dev.kiln.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A {@code @SecurityScheme} declared on a class or package (OpenAPI 3.1 Security Scheme Object).
 * Text attributes left empty are {@code null}.
 *
 * @param name the name requirements refer to
 * @param type {@code API_KEY}, {@code HTTP}, {@code OAUTH2}, {@code OPEN_ID_CONNECT} or {@code
 *     MUTUAL_TLS}
 * @param paramName the API key's header, query parameter or cookie name
 * @param in where the API key travels: {@code HEADER}, {@code QUERY} or {@code COOKIE}
 * @param scheme the HTTP authentication scheme, e.g. {@code bearer}
 * @param bearerFormat a hint at the bearer token's format, e.g. {@code JWT}
 * @param flows the OAuth2 flows
 * @param openIdConnectUrl the OpenID Connect discovery URL
 * @param description what it is
 * @param holder the class or package declaring it, for diagnostics
 * @param annotation the annotation, for diagnostics
 */
public record SecuritySchemeModel(String name, String type, String paramName, String in,
    String scheme, String bearerFormat, List<FlowModel> flows, String openIdConnectUrl,
    String description, Element holder, AnnotationMirror annotation) {

  public SecuritySchemeModel {
    flows = List.copyOf(flows);
  }

  /**
   * One OAuth2 flow.
   *
   * @param type {@code IMPLICIT}, {@code PASSWORD}, {@code CLIENT_CREDENTIALS} or {@code
   *     AUTHORIZATION_CODE}
   * @param authorizationUrl the authorization URL, or {@code null}
   * @param tokenUrl the token URL, or {@code null}
   * @param refreshUrl the refresh URL, or {@code null}
   * @param scopes scope names to descriptions ({@code "write:pets: modify pets"} split at the
   *     first {@code ": "}), in declaration order
   */
  public record FlowModel(String type, String authorizationUrl, String tokenUrl,
      String refreshUrl, Map<String, String> scopes) {

    public FlowModel {
      scopes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scopes));
    }
  }
}
