package dev.kiln.runtime.internal;

import java.util.Locale;

/**
 * The headers of one part of a {@code multipart/form-data} body (RFC 7578 section 4): its field
 * name and file name from {@code Content-Disposition: form-data; name="..."; filename="..."}
 * ({@code filename*}, RFC 8187, wins over {@code filename}), and its {@code Content-Type}. Other
 * headers are ignored. Any malformed header answers 400.
 */
final class PartHeaders {
  private String name;
  private String fileName;
  private String extendedFileName;
  private String contentType;
  private boolean disposition;

  /** Adds one header line (without its CRLF). */
  void add(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
      throw MultipartProblems.malformed("A part has a malformed header line.");
    }
    String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    String value = line.substring(colon + 1).trim();
    if (field.equals("content-type")) {
      contentType = value.isEmpty() ? null : value;
    } else if (field.equals("content-disposition")) {
      if (disposition) {
        throw MultipartProblems.malformed("A part has two Content-Disposition headers.");
      }
      disposition = true;
      parseDisposition(value);
    }
  }

  /**
   * The part's field name.
   *
   * @throws dev.kiln.runtime.ProblemException 400 if the part had no {@code Content-Disposition:
   *     form-data} with a name
   */
  String name() {
    if (name == null) {
      throw MultipartProblems.malformed("A part has no Content-Disposition: form-data header "
          + "with a name parameter.");
    }
    return name;
  }

  /** The file name without directories, or {@code null} when the part named none. */
  String fileName() {
    String given = extendedFileName != null ? extendedFileName : fileName;
    if (given == null) {
      return null;
    }
    int slash = Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'));
    return given.substring(slash + 1);
  }

  /** The part's {@code Content-Type}, or {@code null}. */
  String contentType() {
    return contentType;
  }

  // form-data; name="field"; filename="a.txt"; filename*=UTF-8''%e2%82%ac.txt
  private void parseDisposition(String value) {
    ParamCursor cursor = new ParamCursor(value);
    String type = cursor.token();
    if (!type.equalsIgnoreCase("form-data")) {
      throw MultipartProblems.malformed("A part's Content-Disposition is " + type
          + ", not form-data.");
    }
    while (cursor.nextParameter()) {
      String parameter = cursor.token().toLowerCase(Locale.ROOT);
      cursor.expect('=');
      String parameterValue = cursor.value();
      if (parameter.equals("name") && name == null) {
        name = parameterValue;
      } else if (parameter.equals("filename") && fileName == null) {
        fileName = parameterValue;
      } else if (parameter.equals("filename*") && extendedFileName == null) {
        extendedFileName = ExtendedValue.decode(parameterValue);
      }
    }
  }

  /** RFC 8187 extended parameter values: {@code charset'language'percent-encoded}. */
  static final class ExtendedValue {
    private ExtendedValue() {}

    static String decode(String value) {
      int first = value.indexOf('\'');
      int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
      if (second < 0) {
        throw MultipartProblems.malformed("A part's filename* is not charset'language'value.");
      }
      String charset = value.substring(0, first);
      String encoded = value.substring(second + 1);
      String decoded = null;
      if (charset.equalsIgnoreCase("UTF-8")) {
        decoded = PercentDecoder.decode(encoded, 0, encoded.length(), false);
      } else if (charset.equalsIgnoreCase("ISO-8859-1")) {
        decoded = latin1(encoded);
      }
      if (decoded == null) {
        throw MultipartProblems.malformed("A part's filename* is not correctly percent-encoded "
            + "UTF-8 or ISO-8859-1.");
      }
      return decoded;
    }

    private static String latin1(String encoded) {
      StringBuilder out = new StringBuilder(encoded.length());
      for (int i = 0; i < encoded.length(); i++) {
        char c = encoded.charAt(i);
        if (c != '%') {
          out.append(c);
          continue;
        }
        if (i + 2 >= encoded.length()) {
          return null;
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        out.append((char) (high * 16 + low));
        i += 2;
      }
      return out.toString();
    }
  }
}
