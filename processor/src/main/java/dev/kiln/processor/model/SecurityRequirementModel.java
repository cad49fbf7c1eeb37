package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A {@code @SecurityRequirement} of an operation (its method's, else its class's).
 *
 * @param scheme the name of the {@code @SecurityScheme} it requires; {@code ""} for the empty
 *     requirement ({@link #anonymous()})
 * @param scopes the OAuth2/OpenID scopes it needs, or empty
 * @param holder the method or class carrying it, for diagnostics
 * @param annotation the annotation, for diagnostics
 */
public record SecurityRequirementModel(String scheme, List<String> scopes, Element holder,
    AnnotationMirror annotation) {

  public SecurityRequirementModel {
    scopes = List.copyOf(scopes);
  }

  /**
   * The empty requirement ({@code {}} in the document) of {@code @SecurityRequirements(optional
   * = true)}: a request without credentials is accepted too.
   */
  public static SecurityRequirementModel anonymous(Element holder, AnnotationMirror annotation) {
    return new SecurityRequirementModel("", List.of(), holder, annotation);
  }

  /** Whether this is the empty requirement: no scheme. */
  public boolean anonymous() {
    return scheme.isEmpty();
  }
}
