package dev.kiln.test;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks answers against an OpenAPI 3.1 document, by default the application's own generated
 * {@value #DOCUMENT}. For an answer to {@code method path} it finds the operation (method and
 * path template; {@code HEAD} is checked as the {@code GET} operation without a body) and checks
 * that:
 *
 * <ul>
 *   <li>the status is declared for the operation (exactly, as a range such as {@code 4XX}, or as
 *       {@code default}) — rule {@code status};
 *   <li>every response header declared {@code required} for that status is present — rule
 *       {@code header};
 *   <li>the {@code Content-Type} is one the response declares, and a response that declares no
 *       content has no body — rule {@code content-type};
 *   <li>a JSON body ({@code application/json}, {@code *+json}) validates against the declared
 *       schema with JSON Schema 2020-12 in the OpenAPI 3.1 dialect, formats asserted — the rule
 *       is the failing keyword ({@code type}, {@code required}, {@code maxLength}, ...) with the
 *       body's JSON pointer.
 * </ul>
 *
 * <p>A path no template matches must be answered 404, and a method the path does not declare
 * 405 with {@code Allow}, both as {@code application/problem+json} (validated against {@code
 * #/components/schemas/Problem}, or {@code dev.kiln.runtime.Problem} when the application has its
 * own {@code Problem}, when the document has it). {@code OPTIONS}, which Kiln answers
 * itself from the route table, is not checked. Thread-safe.
 */
public final class OpenApiContract {
  /** Where Kiln's processor writes an application's document on the class path. */
  public static final String DOCUMENT = "META-INF/kiln/openapi.json";
  private static final String BASE = "urn:kiln:openapi";
  private static final String PROBLEM_SCHEMA = "/components/schemas/Problem";
  /** Kiln's problem schema when the application has a schema named {@code Problem}. */
  private static final String QUALIFIED_PROBLEM_SCHEMA =
      "/components/schemas/dev.kiln.runtime.Problem";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final JsonNode document;
  private final PathTemplates templates;
  private final SchemaRegistry schemas;

  private OpenApiContract(String json) {
    this.document = MAPPER.readTree(json);
    List<String> paths = new ArrayList<>(document.path("paths").propertyNames());
    this.templates = new PathTemplates(paths);
    this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), registry -> registry
        .schemas(Map.of(BASE, json))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
            .build()));
  }

  /** The contract of the OpenAPI document {@code json} (OpenAPI 3.1, as text). */
  public static OpenApiContract of(String json) {
    return new OpenApiContract(Objects.requireNonNull(json, "json"));
  }

  /**
   * The contract of the application's own document, {@value #DOCUMENT} on the class path of
   * {@code loader}.
   *
   * @throws IllegalStateException if there is no such resource (the application was compiled
   *     without Kiln's processor, or with {@code -Akiln.openapi=false})
   */
  public static OpenApiContract fromClassPath(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException("No " + DOCUMENT + " on the class path: compile the "
            + "application with Kiln's processor, or switch the contract check off.");
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every way {@code response} breaks the document; empty if it keeps it. */
  public List<Violation> check(KilnResponse response) {
    String target = response.path();
    int query = target.indexOf('?');
    String rawPath = query < 0 ? target : target.substring(0, query);
    String method = response.method().toLowerCase(Locale.ROOT);
    String template = templates.match(rawPath);
    List<Violation> violations = new ArrayList<>();
    if (template == null) {
      expectProblem(response, response.method() + " " + rawPath, 404, violations);
      return violations;
    }
    JsonNode item = document.path("paths").path(template);
    boolean head = method.equals("head") && !item.has("head");
    String declared = head ? "get" : method;
    if (!item.has(declared)) {
      if (!method.equals("options")) {
        expectProblem(response, response.method() + " " + template, 405, violations);
      }
      return violations;
    }
    String operation = response.method() + " " + template;
    Location responses = new Location(item.path(declared).path("responses"),
        Pointer.of("paths", template, declared, "responses"));
    new AnswerCheck(operation, response, head, violations).check(responses);
    return violations;
  }

  /** Throws {@link ContractViolation} if {@code response} breaks the document. */
  public void verify(KilnResponse response) {
    List<Violation> violations = check(response);
    if (!violations.isEmpty()) {
      throw new ContractViolation(violations);
    }
  }

  private void expectProblem(KilnResponse response, String operation, int status,
      List<Violation> violations) {
    String what = status == 404 ? "no path of the document matches" : "the path declares no "
        + response.method() + " operation";
    if (response.status() != status) {
      violations.add(new Violation(operation, response.status(), null, "status",
          what + ", so the answer must be " + status));
      return;
    }
    if (status == 405 && response.header("Allow") == null) {
      violations.add(new Violation(operation, status, null, "header", "a 405 needs Allow"));
    }
    if (!"application/problem+json".equals(MediaTypes.base(response.contentType()))) {
      violations.add(new Violation(operation, status, null, "content-type", "expected "
          + "application/problem+json, found " + response.contentType()));
    } else if (!response.method().equals("HEAD")) {
      String schema = document.at(QUALIFIED_PROBLEM_SCHEMA).isMissingNode()
          ? PROBLEM_SCHEMA : QUALIFIED_PROBLEM_SCHEMA;
      if (!document.at(schema).isMissingNode()) {
        validate(operation, response, schema, violations);
      }
    }
  }

  /** Validates the JSON body of {@code response} against the schema at {@code pointer}. */
  void validate(String operation, KilnResponse response, String pointer,
      List<Violation> violations) {
    JsonNode body;
    try {
      body = response.json();
    } catch (JacksonException e) {
      violations.add(new Violation(operation, response.status(), "", "body",
          "not JSON: " + e.getOriginalMessage()));
      return;
    }
    List<Error> errors = schemas.getSchema(SchemaLocation.of(BASE + "#" + Pointer.uriFragment(
        pointer))).validate(body);
    for (Error error : errors) {
      violations.add(new Violation(operation, response.status(),
          error.getInstanceLocation().toString(), error.getKeyword(), error.getMessage()));
    }
  }

  /** A node of the document and its JSON pointer. */
  record Location(JsonNode node, String pointer) {
    Location child(String name) {
      return new Location(node.path(name), pointer + "/" + Pointer.escape(name));
    }
  }

  /** Checks one answer against the {@code responses} of its operation. */
  private final class AnswerCheck {
    private final String operation;
    private final KilnResponse response;
    private final boolean head;
    private final List<Violation> violations;

    AnswerCheck(String operation, KilnResponse response, boolean head,
        List<Violation> violations) {
      this.operation = operation;
      this.response = response;
      this.head = head;
      this.violations = violations;
    }

    void check(Location responses) {
      Location declared = declaredResponse(responses);
      if (declared == null) {
        fail(null, "status", "status " + response.status() + " is not declared; declared: "
            + responses.node().propertyNames());
        return;
      }
      JsonNode headers = declared.node().path("headers");
      for (String header : headers.propertyNames()) {
        if (headers.path(header).path("required").asBoolean(false)
            && response.header(header) == null) {
          fail(null, "header", "the required header " + header + " is missing");
        }
      }
      checkContent(declared.child("content"));
    }

    private void checkContent(Location content) {
      String type = response.contentType();
      if (content.node().isEmpty()) {
        if (!head && response.bytes().length > 0) {
          fail(null, "content-type", "the response declares no content, the answer has a "
              + response.bytes().length + "-byte body of type " + type);
        }
        return;
      }
      String media = MediaTypes.match(content.node().propertyNames(), type);
      if (media == null) {
        fail(null, "content-type", "Content-Type " + type + " is not declared; declared: "
            + content.node().propertyNames());
        return;
      }
      Location schema = content.child(media).child("schema");
      if (!head && !schema.node().isMissingNode() && MediaTypes.isJson(media)) {
        validate(operation, response, schema.pointer(), violations);
      }
    }

    /** The response object for the status (with {@code $ref} resolved), or {@code null}. */
    private Location declaredResponse(Location responses) {
      String status = Integer.toString(response.status());
      for (String key : List.of(status, status.charAt(0) + "XX", "default")) {
        for (String name : responses.node().propertyNames()) {
          if (name.equalsIgnoreCase(key)) {
            return resolve(responses.child(name));
          }
        }
      }
      return null;
    }

    private Location resolve(Location location) {
      String ref = location.node().path("$ref").asString(null);
      if (ref == null || !ref.startsWith("#")) {
        return location;
      }
      String pointer = Pointer.fromUriFragment(ref.substring(1));
      return resolve(new Location(document.at(pointer), pointer));
    }

    private void fail(String pointer, String rule, String message) {
      violations.add(new Violation(operation, response.status(), pointer, rule, message));
    }
  }
}
