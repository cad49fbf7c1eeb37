package dev.kiln.runtime.internal;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.Upload;
import dev.kiln.runtime.generated.MultipartInput;
import dev.kiln.runtime.generated.RequestErrors;
import dev.kiln.runtime.MultipartLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link MultipartInput} of a parsed body: its parts looked up by name. */
final class MultipartFields implements MultipartInput {
  private final List<MultipartPart> parts;

  MultipartFields(List<MultipartPart> parts) {
    this.parts = parts;
  }

  /**
   * Parses a body of {@code contentType} ({@code multipart/form-data; boundary=...}) from {@code
   * body}; see {@link MultipartParser}.
   */
  static MultipartFields parse(InputStream body, String contentType, MultipartLimits limits,
      UploadFiles files) throws IOException {
    String boundary = MultipartParser.boundary(contentType);
    return new MultipartFields(new MultipartParser(body, boundary, limits, files).parse());
  }

  @Override
  public String first(RequestErrors errors, String name) {
    for (MultipartPart part : parts) {
      if (part.name().equals(name)) {
        return text(errors, part);
      }
    }
    return null;
  }

  @Override
  public List<String> all(RequestErrors errors, String name) {
    List<String> values = new ArrayList<>();
    for (MultipartPart part : parts) {
      if (part.name().equals(name)) {
        String value = text(errors, part);
        if (value == null) {
          return List.of();
        }
        values.add(value);
      }
    }
    return values;
  }

  @Override
  public Upload file(RequestErrors errors, String name, boolean required) {
    for (MultipartPart part : parts) {
      if (part.name().equals(name) && !part.isEmptyFile()) {
        return part;
      }
    }
    if (required) {
      errors.add(RequestError.param(ParamIn.BODY, name, ErrorCodes.MISSING, "is required",
          false));
    }
    return null;
  }

  @Override
  public List<Upload> files(String name) {
    List<Upload> files = new ArrayList<>();
    for (MultipartPart part : parts) {
      if (part.name().equals(name) && !part.isEmptyFile()) {
        files.add(part);
      }
    }
    return files;
  }

  /**
   * The text fields (parts without a file name) by name, in order; a part that is not UTF-8 is
   * left out. For {@link dev.kiln.runtime.generated.RouteExchange#multipartFields()}.
   */
  Map<String, List<String>> texts() {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (MultipartPart part : parts) {
      if (part.isText()) {
        try {
          String text = part.text();
          texts.computeIfAbsent(part.name(), n -> new ArrayList<>()).add(text);
        } catch (IOException e) {
          // not UTF-8 (already an error of the request) or unreadable: not shown again
        }
      }
    }
    return texts;
  }

  private static String text(RequestErrors errors, MultipartPart part) {
    try {
      return part.text();
    } catch (CharacterCodingException e) {
      errors.add(RequestError.param(ParamIn.BODY, part.name(), ErrorCodes.INVALID_FORMAT,
          "must be UTF-8 text", true));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the request's temporary file could not be read
    }
  }
}
