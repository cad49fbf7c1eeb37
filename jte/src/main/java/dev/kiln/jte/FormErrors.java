package dev.kiln.jte;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.RequestError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one HTML form submission by field, and the values submitted, for showing the form
 * again. Field names are the form's ({@code name}, not the JSON pointer {@code /name}); errors
 * about no one field (the whole body, a header) are under {@code ""}.
 */
public final class FormErrors {
  private final Map<String, List<String>> messages;
  private final Map<String, List<String>> values;

  private FormErrors(Map<String, List<String>> messages, Map<String, List<String>> values) {
    this.messages = messages;
    this.values = values;
  }

  /** No errors and no values: a fresh form. */
  public static FormErrors none() {
    return new FormErrors(Map.of(), Map.of());
  }

  /**
   * The errors of {@code problem} (its {@code errors} array, or its detail if it has none) and
   * the values of the {@code application/x-www-form-urlencoded} body {@code form}.
   */
  public static FormErrors of(Problem problem, String form) {
    return new FormErrors(messages(problem), fields(form));
  }

  /**
   * The errors of {@code problem}, as {@link #of(Problem, String)}, and the submitted text
   * {@code values} by field (e.g. of a {@code multipart/form-data} body), not copied.
   */
  public static FormErrors of(Problem problem, Map<String, List<String>> values) {
    return new FormErrors(messages(problem), values);
  }

  private static Map<String, List<String>> messages(Problem problem) {
    Map<String, List<String>> messages = new LinkedHashMap<>();
    for (RequestError error : problem.errors()) {
      String field = error.pointer() != null && error.pointer().length() > 1
          ? error.pointer().substring(1).replace("~1", "/").replace("~0", "~")
          : error.name() != null ? error.name() : "";
      messages.computeIfAbsent(field, f -> new ArrayList<>()).add(error.message());
    }
    if (messages.isEmpty()) {
      messages.put("", List.of(problem.detail()));
    }
    return messages;
  }

  /** Whether there is any error. */
  public boolean any() {
    return !messages.isEmpty();
  }

  /** The messages about {@code field}, joined with {@code "; "}; empty if none. */
  public String message(String field) {
    return String.join("; ", messages.getOrDefault(field, List.of()));
  }

  /** Whether {@code field} has an error. */
  public boolean has(String field) {
    return messages.containsKey(field);
  }

  /** The first value submitted for {@code field}, or {@code ""}. */
  public String value(String field) {
    List<String> submitted = values.getOrDefault(field, List.of());
    return submitted.isEmpty() ? "" : submitted.get(0);
  }

  private static Map<String, List<String>> fields(String form) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return fields;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return fields;
  }

  /** Lenient: these values are only shown again (escaped), never bound. */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
