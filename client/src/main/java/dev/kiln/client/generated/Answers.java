package dev.kiln.client.generated;

import dev.kiln.runtime.Response;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.JsonReader;
import dev.kiln.runtime.generated.RequestErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/** The {@link Answer}s of the return types a client method may have. Called by generated code only. */
public final class Answers {
  private static final Answer<Void> NONE = answer -> {
    answer.body().close();
    return null;
  };
  private static final Answer<String> TEXT =
      answer -> new String(answer.body().readAllBytes(), StandardCharsets.UTF_8);
  private static final Answer<byte[]> BYTES = answer -> answer.body().readAllBytes();
  private static final Answer<InputStream> STREAM = new Answer<>() {
    @Override
    public InputStream read(Received answer) {
      return answer.body();
    }

    @Override
    public boolean streams() {
      return true;
    }
  };

  private Answers() {}

  /** No content ({@code void}, {@code Void}): the body, if any, is discarded. */
  public static Answer<Void> none() {
    return NONE;
  }

  /** The body as UTF-8 text. */
  public static Answer<String> text() {
    return TEXT;
  }

  /** The body's bytes. */
  public static Answer<byte[]> bytes() {
    return BYTES;
  }

  /** The body as a stream, handed over as it arrives; the caller closes it. */
  public static Answer<InputStream> stream() {
    return STREAM;
  }

  /**
   * The body as JSON read by {@code reader}.
   *
   * @throws IOException (when read) if the body is empty, not JSON, or not the declared shape
   */
  public static <T> Answer<T> json(JsonReader<T> reader) {
    return answer -> {
      RequestErrors errors = new RequestErrors();
      T value;
      try (InputStream body = answer.body();
          JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), body)) {
        if (parser.nextToken() == null) {
          throw new IOException("the answer has no JSON content");
        }
        value = reader.read(JsonInput.of(parser, errors));
        if (parser.nextToken() != null) {
          throw new IOException("the answer has content after the JSON document");
        }
      } catch (JacksonException e) {
        throw new IOException("the answer is not well-formed JSON: " + e.getOriginalMessage(), e);
      }
      if (!errors.isEmpty()) {
        throw new IOException("the answer does not have the declared shape: "
            + describe(errors.list()));
      }
      return value;
    };
  }

  /** {@code Optional<T>}: a 404 answer is empty, others are read by {@code present}. */
  public static <T> Answer<Optional<T>> optional(Answer<T> present) {
    return new Answer<>() {
      @Override
      public Optional<T> read(Received answer) throws IOException {
        if (answer.status() == 404) {
          answer.body().close();
          return Optional.empty();
        }
        return Optional.ofNullable(present.read(answer));
      }

      @Override
      public boolean accepts(int status) {
        return status == 404 || present.accepts(status);
      }

      @Override
      public boolean streams() {
        return present.streams();
      }
    };
  }

  /**
   * {@code Response<T>}: the status, the headers (their first values) and the body read by
   * {@code body}, {@code null} when a 204 or an empty body has none.
   */
  public static <T> Answer<Response<T>> response(Answer<T> body) {
    return new Answer<>() {
      @Override
      public Response<T> read(Received answer) throws IOException {
        Response.Builder response = Response.status(answer.status());
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
          if (!header.getKey().startsWith(":") && !header.getValue().isEmpty()) {
            response.header(header.getKey(), header.getValue().get(0));
          }
        }
        boolean empty = answer.status() == 204
            || answer.headers().firstValueAsLong("Content-Length").orElse(-1) == 0;
        return response.body(empty ? null : body.read(answer));
      }

      @Override
      public boolean streams() {
        return body.streams();
      }
    };
  }

  private static String describe(List<dev.kiln.runtime.RequestError> errors) {
    StringBuilder text = new StringBuilder();
    for (dev.kiln.runtime.RequestError error : errors) {
      text.append(text.length() == 0 ? "" : "; ").append(error.pointer()).append(' ')
          .append(error.message());
    }
    return text.toString();
  }
}
