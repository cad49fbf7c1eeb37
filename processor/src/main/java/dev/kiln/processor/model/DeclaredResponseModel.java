package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * A response a handler declares with {@code @ApiResponse}.
 *
 * @param status the HTTP status; 0 for OpenAPI's {@code default}
 * @param description what it means
 * @param headers the headers it carries
 * @param empty whether it has no content
 * @param annotation the annotation, for diagnostics
 * @param body the type of its JSON body ({@code body = NotFound.class}), or {@code null} for none
 * @param mediaType the text media type of its own content ({@code mediaType}), or {@code ""}
 */
public record DeclaredResponseModel(int status, String description,
    List<ResponseHeaderModel> headers, boolean empty, AnnotationMirror annotation,
    TypeModel body, String mediaType) {

  public DeclaredResponseModel {
    headers = List.copyOf(headers);
  }

  /** A declared response without a body type or media type of its own. */
  public DeclaredResponseModel(int status, String description,
      List<ResponseHeaderModel> headers, boolean empty, AnnotationMirror annotation) {
    this(status, description, headers, empty, annotation, null, "");
  }

  /**
   * A header of a declared response.
   *
   * @param name the header name
   * @param description what it means
   * @param type its value type
   * @param required whether every such answer carries it
   */
  public record ResponseHeaderModel(String name, String description, TypeModel type,
      boolean required) {}
}
