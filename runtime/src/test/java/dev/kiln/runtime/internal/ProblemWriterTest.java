package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemWriterTest {

  private static String json(Problem problem) {
    return new String(ProblemWriter.toJson(problem), StandardCharsets.UTF_8);
  }

  @Test
  void problemWithoutErrorsOrInstance() {
    assertThat(json(Problem.of(404, "No route matches /x.")))
        .isEqualTo("{\"type\":\"https://kiln.dev/problems/not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"No route matches /x.\"}");
  }

  @Test
  void problemWithInstanceAndErrors() {
    Problem problem = Problem.of(422, "The request has 3 errors.")
        .withInstance("/items/7")
        .withErrors(List.of(
            RequestError.body("/tags/1", ErrorCodes.TYPE, "must be a string", false),
            RequestError.body("", ErrorCodes.MISSING, "is required", false),
            RequestError.param(ParamIn.QUERY, "limit", ErrorCodes.OUT_OF_RANGE,
                "must be at most 100", false)));
    assertThat(json(problem)).isEqualTo("{"
        + "\"type\":\"https://kiln.dev/problems/invalid-request\","
        + "\"title\":\"Unprocessable Content\","
        + "\"status\":422,"
        + "\"detail\":\"The request has 3 errors.\","
        + "\"instance\":\"/items/7\","
        + "\"errors\":["
        + "{\"in\":\"body\",\"pointer\":\"/tags/1\",\"message\":\"must be a string\","
        + "\"code\":\"type\"},"
        + "{\"in\":\"body\",\"pointer\":\"\",\"message\":\"is required\",\"code\":\"missing\"},"
        + "{\"in\":\"query\",\"name\":\"limit\",\"message\":\"must be at most 100\","
        + "\"code\":\"out_of_range\"}"
        + "]}");
  }

  @Test
  void stringsAreJsonEscaped() {
    Problem problem = Problem.of(400, "bad \"quote\" \\ and \n newline, caf\u00e9 \u0001")
        .withInstance("/a\"b");
    assertThat(json(problem)).isEqualTo("{"
        + "\"type\":\"https://kiln.dev/problems/invalid-request\",\"title\":\"Bad Request\","
        + "\"status\":400,\"detail\":\"bad \\\"quote\\\" \\\\ and \\n newline, caf\u00e9 \\u0001\","
        + "\"instance\":\"/a\\\"b\"}");
    assertThat(ProblemWriter.toJson(Problem.of(400, "\u00e9")))
        .containsSubsequence((byte) 0xC3, (byte) 0xA9);
  }

  @Test
  void typesAndTitlesByStatus() {
    assertThat(Problem.of(400, "d").type()).isEqualTo(Problem.TYPE_BASE + "invalid-request");
    assertThat(Problem.of(405, "d").type()).isEqualTo(Problem.TYPE_BASE + "method-not-allowed");
    assertThat(Problem.of(413, "d").title()).isEqualTo("Content Too Large");
    assertThat(Problem.of(415, "d").type())
        .isEqualTo(Problem.TYPE_BASE + "unsupported-media-type");
    assertThat(Problem.of(500, "d").title()).isEqualTo("Internal Server Error");
    assertThat(Problem.of(503, "d").type()).isEqualTo(Problem.TYPE_BASE + "unavailable");
    assertThat(Problem.of(418, "d").type()).isEqualTo(Problem.TYPE_BASE + "http-418");
    assertThat(Problem.of(418, "d").title()).isEqualTo("Status 418");
  }

  @Test
  void problemErrorsAreACopy() {
    List<RequestError> list = new ArrayList<>();
    list.add(RequestError.body("", ErrorCodes.MISSING, "is required", false));
    Problem problem = Problem.of(422, "d").withErrors(list);
    list.clear();
    assertThat(problem.errors()).hasSize(1);
    assertThatThrownBy(() -> problem.errors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void problemExceptionHasNoStackTrace() {
    ProblemException e = new ProblemException(Problem.of(404, "No item 7."));
    assertThat(e.getStackTrace()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("No item 7.");
    assertThat(e.headers()).isEmpty();
  }
}
