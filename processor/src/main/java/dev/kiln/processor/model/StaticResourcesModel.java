package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @StaticResources} annotation: the class-path folders an application serves.
 *
 * @param element the annotated type, for diagnostics
 * @param annotation the annotation
 * @param folders each folder with its annotation value, in declaration order
 */
public record StaticResourcesModel(Element element, AnnotationMirror annotation,
    List<Folder> folders) {

  /** The qualified name of the annotation. */
  public static final String ANNOTATION = Annotations.PACKAGE + "StaticResources";

  public StaticResourcesModel {
    folders = List.copyOf(folders);
  }

  /**
   * A folder as written, and the value it was written in (where diagnostics land).
   *
   * @param name the resource name as written
   * @param value the array element holding it
   */
  public record Folder(String name, AnnotationValue value) {}

  /** The model of {@code element}'s {@code @StaticResources}, or {@code null} if it has none. */
  public static StaticResourcesModel of(Element element) {
    AnnotationMirror annotation = Annotations.find(element, ANNOTATION);
    if (annotation == null) {
      return null;
    }
    List<Folder> folders = new ArrayList<>();
    AnnotationValue value = Annotations.explicitValue(annotation, "value");
    if (value != null && value.getValue() instanceof List) {
      for (Object item : (List<?>) value.getValue()) {
        AnnotationValue folder = (AnnotationValue) item;
        folders.add(new Folder(String.valueOf(folder.getValue()), folder));
      }
    } else if (value != null) {
      folders.add(new Folder(String.valueOf(value.getValue()), value));
    }
    return new StaticResourcesModel(element, annotation, folders);
  }
}
