package dev.kiln.processor.validation;

import dev.kiln.processor.model.StaticResourcesModel;
import java.util.regex.Pattern;

/**
 * Checks the folders of a {@code @StaticResources}: what {@code StaticFiles.classPath} accepts, a
 * {@code /}-separated resource name without empty, {@code .} or {@code ..} segments.
 */
public final class StaticResourcesValidator {
  /** One segment: printable characters but {@code /}, {@code \}, and glob or regex syntax. */
  private static final Pattern SEGMENT = Pattern.compile("[^/\\\\*?\\[\\]{}\\p{Cntrl}\\s]+");

  /** Adds the problems of {@code model} to {@code report}. */
  public void validate(StaticResourcesModel model, Report report) {
    if (model.folders().isEmpty()) {
      report.error(model.element(), model.annotation(), null,
          WebMessages.noStaticFolders());
    }
    for (StaticResourcesModel.Folder folder : model.folders()) {
      if (!isResourceFolder(folder.name())) {
        report.error(model.element(), model.annotation(), folder.value(),
            WebMessages.badStaticFolder(folder.name()));
      }
    }
  }

  /** Whether {@code name} is a folder {@code StaticFiles.classPath} serves, e.g. {@code web/a}. */
  static boolean isResourceFolder(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }
}
