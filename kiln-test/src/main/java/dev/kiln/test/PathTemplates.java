package dev.kiln.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The path templates of an OpenAPI document ({@code /items/{id}}), matched against raw request
 * paths. As OpenAPI 3.1 requires, a template with more literal segments wins over a templated
 * one ({@code /pet/findByStatus} before {@code /pet/{petId}}).
 */
final class PathTemplates {
  private record Template(String text, Pattern pattern, int literals) {}

  private final List<Template> templates = new ArrayList<>();

  PathTemplates(Iterable<String> texts) {
    for (String text : texts) {
      StringBuilder regex = new StringBuilder();
      int literals = 0;
      for (String segment : text.substring(1).split("/", -1)) {
        regex.append('/');
        if (segment.startsWith("{") && segment.endsWith("}")) {
          regex.append("[^/]+");
        } else {
          regex.append(Pattern.quote(segment));
          literals++;
        }
      }
      templates.add(new Template(text, Pattern.compile(regex.toString()), literals));
    }
    templates.sort(Comparator.comparingInt(Template::literals).reversed()
        .thenComparing(Template::text));
  }

  /** The template that {@code rawPath} (no query) matches, or {@code null}. */
  String match(String rawPath) {
    for (Template template : templates) {
      if (template.pattern().matcher(rawPath).matches()) {
        return template.text();
      }
    }
    return null;
  }
}
