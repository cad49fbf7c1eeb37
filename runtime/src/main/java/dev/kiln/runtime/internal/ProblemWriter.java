package dev.kiln.runtime.internal;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.generated.Json;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** Writes a {@link Problem} as an RFC 9457 {@code application/problem+json} document. */
final class ProblemWriter {
  private ProblemWriter() {}

  /** The UTF-8 JSON document of {@code problem}. */
  static byte[] toJson(Problem problem) {
    return toJson(problem, null);
  }

  /**
   * The UTF-8 JSON document of {@code problem}, with the extension member {@code requestId}
   * when {@code requestId} is not {@code null} (see {@code RequestId}).
   */
  static byte[] toJson(Problem problem, String requestId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("type", problem.type());
      g.writeStringProperty("title", problem.title());
      g.writeNumberProperty("status", problem.status());
      g.writeStringProperty("detail", problem.detail());
      if (problem.instance() != null) {
        g.writeStringProperty("instance", problem.instance());
      }
      if (requestId != null) {
        g.writeStringProperty("requestId", requestId);
      }
      if (!problem.errors().isEmpty()) {
        g.writeName("errors");
        g.writeStartArray();
        for (RequestError error : problem.errors()) {
          g.writeStartObject();
          g.writeStringProperty("in", error.in().wireName());
          if (error.pointer() != null) {
            g.writeStringProperty("pointer", error.pointer());
          }
          if (error.name() != null) {
            g.writeStringProperty("name", error.name());
          }
          g.writeStringProperty("message", error.message());
          g.writeStringProperty("code", error.code());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }
}
