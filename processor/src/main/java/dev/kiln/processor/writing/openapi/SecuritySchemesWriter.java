package dev.kiln.processor.writing.openapi;

import dev.kiln.processor.model.SecuritySchemeModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code components/securitySchemes} (OpenAPI 3.1 Security Scheme Objects), by name. */
final class SecuritySchemesWriter {
  private SecuritySchemesWriter() {}

  static Map<String, Object> write(List<SecuritySchemeModel> schemes) {
    Map<String, Object> out = new TreeMap<>();
    for (SecuritySchemeModel scheme : schemes) {
      out.putIfAbsent(scheme.name(), scheme(scheme));
    }
    return out;
  }

  // @SecurityScheme(name = "api_key", type = API_KEY, paramName = "api_key") is written as
  // {"type": "apiKey", "name": "api_key", "in": "header"}
  private static Map<String, Object> scheme(SecuritySchemeModel scheme) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (scheme.type()) {
      case "API_KEY":
        out.put("type", "apiKey");
        out.put("name", scheme.paramName());
        out.put("in", scheme.in().toLowerCase(Locale.ROOT));
        break;
      case "HTTP":
        out.put("type", "http");
        out.put("scheme", scheme.scheme());
        Json.putIfPresent(out, "bearerFormat", scheme.bearerFormat());
        break;
      case "OAUTH2": {
        out.put("type", "oauth2");
        Map<String, Object> flows = new LinkedHashMap<>();
        for (SecuritySchemeModel.FlowModel flow : scheme.flows()) {
          Map<String, Object> value = new LinkedHashMap<>();
          Json.putIfPresent(value, "authorizationUrl", flow.authorizationUrl());
          Json.putIfPresent(value, "tokenUrl", flow.tokenUrl());
          Json.putIfPresent(value, "refreshUrl", flow.refreshUrl());
          value.put("scopes", new LinkedHashMap<String, Object>(flow.scopes()));
          flows.put(flowName(flow.type()), value);
        }
        out.put("flows", flows);
        break;
      }
      case "OPEN_ID_CONNECT":
        out.put("type", "openIdConnect");
        out.put("openIdConnectUrl", scheme.openIdConnectUrl());
        break;
      default:
        out.put("type", "mutualTLS");
        break;
    }
    Json.putIfPresent(out, "description", scheme.description());
    return out;
  }

  private static String flowName(String type) {
    switch (type) {
      case "IMPLICIT":
        return "implicit";
      case "PASSWORD":
        return "password";
      case "CLIENT_CREDENTIALS":
        return "clientCredentials";
      default:
        return "authorizationCode";
    }
  }
}
