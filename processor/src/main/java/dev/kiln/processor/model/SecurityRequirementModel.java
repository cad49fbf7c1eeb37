package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A {@code @SecurityRequirement} of an operation (its method's, else its class's).
 *
 * @param scheme the name of the {@code @SecurityScheme} it requires
 * @param scopes the OAuth2/OpenID scopes it needs, or empty
 * @param holder the method or class carrying it, for diagnostics
 * @param annotation the annotation, for diagnostics
 */
public record SecurityRequirementModel(String scheme, List<String> scopes, Element holder,
    AnnotationMirror annotation) {

  public SecurityRequirementModel {
    scopes = List.copyOf(scopes);
  }
}
