package dev.kiln.it;

import static dev.kiln.it.support.Problems.invalid;
import static dev.kiln.it.support.Problems.param;
import static dev.kiln.it.support.Problems.problem;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.it.support.Http;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** Path variables and query parameters: 400 when unparsable, 422 when parsed but out of range. */
@EachProvider
class ParamErrorsIT {
  @Parameter
  String provider;

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  @Test
  void unparsablePathVariableIs400() {
    Http.of(APP).get("/todos/abc").assertProblem(400, invalid(400, "/todos/abc",
        param("path", "id", "invalid_format", "must be an integer")));
  }

  @Test
  void pathVariableOutOfRangeIs422() {
    Http.of(APP).get("/todos/99999999999999999999").assertProblem(422,
        invalid(422, "/todos/99999999999999999999", param("path", "id", "out_of_range",
            "must be between -9223372036854775808 and 9223372036854775807")));
    Http.of(APP).get("/items/2147483648").assertProblem(422, invalid(422, "/items/2147483648",
        param("path", "id", "out_of_range", "must be between -2147483648 and 2147483647")));
  }

  @Test
  void unparsableQueryParameterIs400() {
    Http.of(APP).get("/todos?limit=ten").assertProblem(400, invalid(400, "/todos",
        param("query", "limit", "invalid_format", "must be an integer")));
    Http.of(APP).get("/todos?done=maybe").assertProblem(400, invalid(400, "/todos",
        param("query", "done", "invalid_format", "must be true or false")));
  }

  @Test
  void emptyQueryValueIsUnparsable() {
    Http.of(APP).get("/todos?limit=").assertProblem(400, invalid(400, "/todos",
        param("query", "limit", "invalid_format", "must be an integer")));
  }

  @Test
  void queryParameterOutOfRangeIs422() {
    Http.of(APP).get("/todos?limit=99999999999").assertProblem(422, invalid(422, "/todos",
        param("query", "limit", "out_of_range", "must be between -2147483648 and 2147483647")));
  }

  @Test
  void everyParameterErrorIsReported() {
    Http.of(APP).get("/todos?done=yes&limit=x").assertProblem(400, invalid(400, "/todos",
        param("query", "done", "invalid_format", "must be true or false"),
        param("query", "limit", "invalid_format", "must be an integer")));
  }

  @Test
  void syntaxAndRangeErrorsTogetherAre400() {
    Http.of(APP).get("/todos?done=yes&limit=99999999999").assertProblem(400, invalid(400,
        "/todos",
        param("query", "done", "invalid_format", "must be true or false"),
        param("query", "limit", "out_of_range", "must be between -2147483648 and 2147483647")));
  }

  @Test
  void malformedPercentEncodingInQueryIs400() {
    Http.of(APP).get("/items/1?q=%FF").assertProblem(400, invalid(400, "/items/1",
        param("query", "q", "invalid_format", "must be correctly percent-encoded UTF-8")));
  }

  @Test
  void malformedPercentEncodingInPathIs400() {
    Http.of(APP).get("/todos/%FF").assertProblem(400, problem("invalid-request", "Bad Request",
        400, "The request path /todos/%FF is not a correctly percent-encoded UTF-8 absolute path.",
        "/todos/%FF"));
  }
}
