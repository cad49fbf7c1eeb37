package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * What the OpenAPI document says about a route beyond its binding, read from its method once.
 *
 * @param operationId the {@code operationId} the HTTP method annotation sets, else the method's
 *     name
 * @param operationIdValue the written {@code operationId} value, for diagnostics, or {@code null}
 *     when the method's name is used
 * @param doc the method's Javadoc: summary, description and {@code @param} texts
 * @param tag the operation's tag
 * @param deprecated whether the method is {@code @Deprecated}
 * @param security its {@code @SecurityRequirement}s (the method's, else its class's)
 */
public record OperationModel(String operationId, AnnotationValue operationIdValue, DocModel doc,
    TagModel tag, boolean deprecated, List<SecurityRequirementModel> security) {

  public OperationModel {
    security = List.copyOf(security);
  }
}
