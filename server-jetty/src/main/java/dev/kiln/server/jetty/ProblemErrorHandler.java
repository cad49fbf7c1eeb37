package dev.kiln.server.jetty;

import dev.kiln.runtime.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Jetty's answers of its own (a request its parser refuses before Kiln sees it: no {@code Host},
 * a 414 target, a 431 header section, a malformed header or {@code Content-Length}, ...) as RFC
 * 9457 {@code application/problem+json}, in the shape Kiln gives its own problems ({@link
 * Problem#of}: {@code type}, {@code title}, {@code status}, {@code detail}), whatever the request's
 * {@code Accept}. Jetty's HTML error page would otherwise answer them. The detail is Jetty's
 * reason (e.g. {@code No Host}), stripped of control characters and at most {@value #MAX_DETAIL}
 * characters long. Statuses without a body (1xx, 204, 304) and HEAD requests keep having none.
 */
final class ProblemErrorHandler extends ErrorHandler {
  /** The longest detail copied from Jetty's reason. */
  static final int MAX_DETAIL = 200;

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  protected void generateResponse(Request request, Response response, int status, String message,
      Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.write(true, ByteBuffer.wrap(problemJson(status, message)), callback);
  }

  /** The problem document for {@code status} with Jetty's {@code reason} as its detail. */
  static byte[] problemJson(int status, String reason) {
    Problem problem = Problem.of(status, detail(status, reason));
    ByteArrayOutputStream out = new ByteArrayOutputStream(192);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("type", problem.type());
      g.writeStringProperty("title", problem.title());
      g.writeNumberProperty("status", problem.status());
      g.writeStringProperty("detail", problem.detail());
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static String detail(int status, String reason) {
    if (reason == null || reason.isBlank()) {
      return "The server refused the request (" + status + ") before reading it.";
    }
    String clean = reason.replaceAll("\\p{Cntrl}", "?").strip();
    return clean.length() <= MAX_DETAIL ? clean : clean.substring(0, MAX_DETAIL);
  }
}
