package dev.kiln.processor.validation.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259, strict: one value, no comments, no trailing commas) into a tree of
 * {@link LinkedHashMap}s, {@link ArrayList}s, strings, {@link BigDecimal}s, booleans and {@code
 * null}: the same shapes the processor's document writer builds, so a baseline document and the
 * document being compiled compare as trees. A small recursive-descent reader keeps the processor
 * free of a JSON library on javac's processor path; documents are the processor's own output.
 */
public final class JsonTree {
  private static final int MAX_DEPTH = 512;
  private final String text;
  private int at;

  private JsonTree(String text) {
    this.text = text;
  }

  /**
   * The value of {@code text}.
   *
   * @throws IllegalArgumentException naming the line and column of the first syntax error
   */
  public static Object parse(String text) {
    JsonTree reader = new JsonTree(text);
    reader.space();
    Object value = reader.value(0);
    reader.space();
    if (reader.at < text.length()) {
      throw reader.error("unexpected text after the document");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected '" + c + "'");
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      return map;
    }
    do {
      space();
      if (at >= text.length() || text.charAt(at) != '"') {
        throw error("expected a property name");
      }
      String key = string();
      space();
      expect(':');
      space();
      map.put(key, value(depth + 1));
      space();
    } while (peek(','));
    expect('}');
    return map;
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      return list;
    }
    do {
      space();
      list.add(value(depth + 1));
      space();
    } while (peek(','));
    expect(']');
    return list;
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("unterminated escape");
      }
      char escaped = text.charAt(at++);
      int index = "\"\\/bfnrt".indexOf(escaped);
      if (index >= 0) {
        out.append("\"\\/\b\f\n\r\t".charAt(index));
      } else if (escaped == 'u' && at + 4 <= text.length()) {
        try {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
        } catch (NumberFormatException e) {
          throw error("bad \\u escape");
        }
        at += 4;
      } else {
        throw error("bad escape \\" + escaped);
      }
    }
  }

  private BigDecimal number() {
    int start = at;
    peek('-');
    if (!peek('0')) {
      digits();
    }
    if (peek('.')) {
      digits();
    }
    if (peek('e') || peek('E')) {
      if (!peek('+')) {
        peek('-');
      }
      digits();
    }
    return new BigDecimal(text.substring(start, at));
  }

  private void digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      throw error("expected a digit");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected '" + text.charAt(at) + "'");
    }
    at += word.length();
    return value;
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException error(String reason) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new IllegalArgumentException(reason + " at line " + line + ", column " + column);
  }
}
