package dev.kiln.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A doc comment split the way OpenAPI wants it: the first sentence (summary), the rest of the main
 * text (description) and the {@code @param} texts. Inline tags become Markdown ({@code {@code x}}
 * becomes {@code `x`}, {@code {@link A#b}} becomes {@code A.b}).
 *
 * @param summary the first sentence, or {@code null}
 * @param description the main text after the first sentence, or {@code null}
 * @param params the {@code @param} texts by name (for records: the components)
 */
public record DocModel(String summary, String description, Map<String, String> params) {
  private static final DocModel NONE = new DocModel(null, null, Map.of());
  private static final Pattern INLINE =
      // the body may hold balanced braces, as {@code GET /items/{id}} does
      Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s+([^{}]*(?:\\{[^{}]*}[^{}]*)*)}");
  public DocModel {
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");

  /** The main text, whole: summary and description. */
  public String text() {
    if (summary == null) {
      return null;
    }
    return description == null ? summary : summary + "\n\n" + description;
  }

  /** Parses {@code comment} as {@code Elements.getDocComment} returns it ({@code null}: none). */
  public static DocModel parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return NONE;
    }
    StringBuilder main = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    String tag = null;
    StringBuilder tagText = new StringBuilder();
    for (String raw : comment.split("\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("@")) {
        putParam(tag, tagText, params);
        tag = line;
        tagText.setLength(0);
      } else if (tag != null) {
        tagText.append(' ').append(line);
      } else {
        main.append(line).append('\n');
      }
    }
    putParam(tag, tagText, params);
    String text = inline(main.toString()).replaceAll("(?i)</?p>", "").strip();
    if (text.isEmpty()) {
      return new DocModel(null, null, params);
    }
    int blank = text.indexOf("\n\n");
    String head = blank < 0 ? text : text.substring(0, blank);
    Matcher end = SENTENCE_END.matcher(head);
    int cut = end.find() ? end.start() + 1 : head.length();
    String summary = head.substring(0, cut).replaceAll("\\s+", " ").strip();
    String rest = text.substring(cut).strip();
    return new DocModel(summary, rest.isEmpty() ? null : rest, params);
  }

  private static void putParam(String tag, StringBuilder text, Map<String, String> params) {
    if (tag == null || !tag.startsWith("@param")) {
      return;
    }
    String all = (tag.substring("@param".length()) + text).strip();
    int space = all.indexOf(' ');
    if (space > 0) {
      params.put(all.substring(0, space),
          inline(all.substring(space + 1)).replaceAll("\\s+", " ").strip());
    }
  }

  private static String inline(String text) {
    Matcher matcher = INLINE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String body = matcher.group(2).strip();
      String replacement;
      if (matcher.group(1).startsWith("link")) {
        int space = body.indexOf(' ');
        replacement = space > 0 ? body.substring(space + 1).strip()
            : "`" + (body.startsWith("#") ? body.substring(1) : body.replace('#', '.')) + "`";
      } else if (matcher.group(1).equals("code")) {
        replacement = "`" + body + "`";
      } else {
        replacement = body;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
