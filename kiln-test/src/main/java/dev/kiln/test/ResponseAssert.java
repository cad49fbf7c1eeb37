package dev.kiln.test;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AssertJ assertions on a {@link KilnResponse}: status, headers, the JSON body (whole or by
 * RFC 6901 pointer) and RFC 9457 problem {@code errors} items. Failure messages show the answer.
 */
public final class ResponseAssert extends AbstractAssert<ResponseAssert, KilnResponse> {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  ResponseAssert(KilnResponse actual) {
    super(actual, ResponseAssert.class);
  }

  /** The status code is {@code expected}. */
  public ResponseAssert hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage("Expected status %d but was %d: %s", expected, actual.status(), actual);
    }
    return this;
  }

  /** The header {@code name} (first value) is {@code expected}. */
  public ResponseAssert hasHeader(String name, String expected) {
    isNotNull();
    String value = actual.header(name);
    if (!expected.equals(value)) {
      failWithMessage("Expected header %s: %s but was %s: %s", name, expected, value, actual);
    }
    return this;
  }

  /** The answer has no header {@code name}. */
  public ResponseAssert hasNoHeader(String name) {
    isNotNull();
    if (actual.header(name) != null) {
      failWithMessage("Expected no header %s but was %s", name, actual.header(name));
    }
    return this;
  }

  /** The {@code Content-Type} header is exactly {@code expected}. */
  public ResponseAssert hasContentType(String expected) {
    return hasHeader("Content-Type", expected);
  }

  /** The body is the JSON document {@code expected} (compared as trees: order of members aside). */
  public ResponseAssert hasJson(String expected) {
    isNotNull();
    JsonNode wanted = KilnResponse.parse(expected);
    if (!wanted.equals(actual.json())) {
      failWithMessage("Expected the JSON body%n  %s%nbut was%n  %s", wanted, actual.body());
    }
    return this;
  }

  /**
   * The JSON value at {@code pointer} equals {@code expected}: a {@code String}, number, {@code
   * Boolean}, {@code null} (JSON null), or a {@link JsonNode}.
   */
  public ResponseAssert hasJsonAt(String pointer, Object expected) {
    isNotNull();
    JsonNode value = actual.json(pointer);
    JsonNode wanted = expected instanceof JsonNode ? (JsonNode) expected
        : MAPPER.valueToTree(expected);
    if (value.isMissingNode() || !sameValue(wanted, value)) {
      failWithMessage("Expected %s at %s but was %s: %s", wanted, pointer,
          value.isMissingNode() ? "nothing" : value, actual);
    }
    return this;
  }

  /**
   * The answer is an RFC 9457 problem: status {@code status}, {@code Content-Type:
   * application/problem+json} and a body whose {@code status} member agrees.
   */
  public ResponseAssert isProblem(int status) {
    hasStatus(status);
    hasContentType("application/problem+json");
    return hasJsonAt("/status", status);
  }

  /**
   * The problem's {@code errors} hold an item with {@code code} about {@code where}: the body
   * pointer (e.g. {@code /title}) or the parameter name (e.g. {@code limit}).
   */
  public ResponseAssert hasError(String where, String code) {
    isNotNull();
    List<JsonNode> errors = actual.errors();
    for (JsonNode error : errors) {
      boolean place = where.equals(error.path("pointer").asString(null))
          || where.equals(error.path("name").asString(null));
      if (place && code.equals(error.path("code").asString(null))) {
        return this;
      }
    }
    failWithMessage("Expected an errors item with code %s at %s but the items were %s", code,
        where, errors);
    return this;
  }

  /** The problem's {@code errors} hold exactly {@code count} items. */
  public ResponseAssert hasErrorCount(int count) {
    isNotNull();
    if (actual.errors().size() != count) {
      failWithMessage("Expected %d errors items but were %s", count, actual.errors());
    }
    return this;
  }

  private static boolean sameValue(JsonNode wanted, JsonNode value) {
    if (wanted.isNumber() && value.isNumber()) {
      return wanted.decimalValue().compareTo(value.decimalValue()) == 0;
    }
    return wanted.equals(value);
  }
}
