package dev.kiln.processor.step;

import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The names of the classes declaring providers, kept in {@value #PATH} beside the classes: a build
 * compiling only some sources again (an IDE's, or a module using a jar's providers) finds the
 * providers of the others there, as AutoService keeps its service files.
 */
final class ProviderIndex {
  /** Where the index is written, and read from the class output and the class path. */
  static final String PATH = "META-INF/kiln/providers.txt";

  private final Filer filer;

  ProviderIndex(Filer filer) {
    this.filer = filer;
  }

  /** The class names of the index in the class output (an earlier build) and on the class path. */
  List<String> read() {
    Set<String> names = new TreeSet<>();
    for (StandardLocation location
        : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
      try {
        FileObject file = filer.getResource(location, "", PATH);
        for (String line : file.getCharContent(true).toString().split("\n")) {
          if (!line.isBlank()) {
            names.add(line.strip());
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        // no index there: a first build
      }
    }
    return new ArrayList<>(names);
  }

  /** Writes {@code names}, sorted, one a line. */
  void write(Set<String> names, Report report) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Writer out = file.openWriter()) {
        for (String name : new TreeSet<>(names)) {
          out.write(name + "\n");
        }
      }
    } catch (IOException e) {
      report.error(Messages.writeFailed(PATH, e.getMessage()));
    }
  }
}
