package dev.kiln.processor.step;

import dev.kiln.processor.model.ApiDocumentModel;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.validation.baseline.BaselineComparator;
import dev.kiln.processor.validation.baseline.JsonTree;
import dev.kiln.processor.writing.openapi.OpenApiWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The check of the application's API against a committed baseline document, when {@code
 * -Akiln.openapi.baseline=<path>} names one: reads and parses the baseline, and has the {@link
 * BaselineComparator} report every breaking change as an error and the rest in a note.
 *
 * @param baseline {@code -Akiln.openapi.baseline}: the baseline document's path (relative paths
 *     are resolved against javac's working directory), or {@code null} for no check
 * @param allowOnMajorBump {@code -Akiln.openapi.baseline.allowOnMajorBump=true}: a major version
 *     higher than the baseline's acknowledges every breaking change (default false)
 */
record BaselineCheck(String baseline, boolean allowOnMajorBump) {
  /** The option names, for {@code Processor.getSupportedOptions}. */
  static final List<String> NAMES =
      List.of("kiln.openapi.baseline", "kiln.openapi.baseline.allowOnMajorBump");

  /** Parses the options javac was given. */
  static BaselineCheck parse(Map<String, String> options) {
    String path = options.get("kiln.openapi.baseline");
    return new BaselineCheck(path == null || path.isBlank() ? null : path.strip(),
        "true".equals(options.get("kiln.openapi.baseline.allowOnMajorBump")));
  }

  /**
   * Checks {@code document}, the tree {@code writer} built of {@code model}, against the baseline
   * (nothing without one).
   */
  void check(ApiDocumentModel model, Map<String, Object> document, OpenApiWriter writer,
      RoundElements round, Report report) {
    if (baseline == null) {
      return;
    }
    String text;
    try {
      text = Files.readString(Path.of(baseline), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      report.error(Messages.baselineUnreadable(baseline, e.toString()));
      return;
    }
    Object tree;
    try {
      tree = JsonTree.parse(text);
    } catch (IllegalArgumentException e) {
      report.error(Messages.baselineInvalid(baseline, e.getMessage()));
      return;
    }
    Report found = new Report();
    new BaselineComparator().compare(model, document, writer.componentTypes(model), tree,
        baseline, allowOnMajorBump, found);
    for (Report.Finding finding : found.findings()) {
      if (finding.element() == null) {
        report.error(finding.message());
      } else {
        report.error(round.current(finding.element()), finding.message());
      }
    }
    found.notes().forEach(report::note);
  }
}
