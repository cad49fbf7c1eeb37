package dev.kiln.it.petstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example app's generated OpenAPI 3.1 document against the Swagger Petstore's own OpenAPI 3.0
 * document (test resource {@code petstore/openapi.yaml}, a copy of
 * {@code ../shared/petstore/openapi.yaml}).
 *
 * <p>Both are read with swagger-parser (external {@code $ref}s resolved; internal ones followed
 * here, so a difference in a component schema is reported once, at the reference's
 * {@code /components/schemas/Name}, not at every use). 3.0 and 3.1 are normalised: types from
 * {@code type}/{@code types} plus {@code nullable} as {@code "null"}, exclusive bounds from
 * {@code exclusiveMinimum: true} or {@code exclusiveMinimumValue}, parameter {@code style}/{@code
 * explode} to their defaults. Compared: paths, methods, operationIds, tags, summaries and
 * descriptions of operations; parameters (by {@code in} and name: required, style, explode,
 * schema); request bodies (required, media types, schemas); responses (status codes, headers,
 * media types, schemas). A schema compares types, format, enum, default, bounds, lengths, pattern,
 * properties, required, items and additionalProperties; descriptions, examples and {@code xml} of
 * schemas and response descriptions are prose and not compared.
 *
 * <p>Every difference is a JSON pointer into the reference (where the thing is, or would be) and
 * a short text, "reference vs Kiln". {@code petstore/expected-differences.txt} lists the
 * deliberate and known ones, {@code pointer | difference | reason}; a {@code *} in the pointer
 * stands for one segment. The test fails on an unlisted difference and on a listed one that no
 * longer occurs, and prints the whole actual list in that format, ready to paste.
 */
class PetstoreDocumentIT {
  private static final Path CLASSES = Path.of(System.getProperty("kiln.exampleClasses",
      "../example-app/target/classes"));
  private static final String REFERENCE = "petstore/openapi.yaml";
  private static final String EXPECTED = "petstore/expected-differences.txt";
  private static final List<String> PREFIXES = List.of("/pet", "/store", "/user");
  private static final String REF_PREFIX = "#/components/schemas/";

  @Test
  void theGeneratedDocumentMatchesThePetstoreUpToTheListedDifferences() throws IOException {
    OpenAPI reference = parse(resource(REFERENCE), "reference");
    OpenAPI kiln = parse(Files.readString(CLASSES.resolve("META-INF/kiln/openapi.json")), "Kiln");
    assertThat(reference.getOpenapi()).startsWith("3.0");
    assertThat(kiln.getOpenapi()).isEqualTo("3.1.0");

    Set<Difference> actual = new Comparison(reference, kiln).run();
    List<Expected> expected = expected();

    Map<Difference, Expected> reasons = new LinkedHashMap<>();
    List<Difference> unlisted = new ArrayList<>();
    for (Difference difference : actual) {
      Expected match = expected.stream().filter(e -> e.matches(difference)).findFirst()
          .orElse(null);
      if (match == null) {
        unlisted.add(difference);
      } else {
        reasons.put(difference, match);
      }
    }
    List<Expected> stale = expected.stream()
        .filter(e -> actual.stream().noneMatch(e::matches)).collect(Collectors.toList());
    List<Expected> unexplained = expected.stream()
        .filter(e -> e.reason.isBlank() || e.reason.equals("?")).collect(Collectors.toList());

    if (!unlisted.isEmpty() || !stale.isEmpty() || !unexplained.isEmpty()) {
      StringBuilder report = new StringBuilder();
      report.append("The generated document differs from the Petstore other than listed in ")
          .append(EXPECTED).append(".\n");
      section(report, "Unlisted differences", unlisted.stream().map(Difference::line));
      section(report, "Listed differences that no longer occur (remove them)",
          stale.stream().map(Expected::line));
      section(report, "Listed differences without a reason", unexplained.stream()
          .map(Expected::line));
      report.append("\nAll actual differences, in the file's format (reason '?' where none is"
          + " listed; a listed pattern is written as each pointer it matched):\n");
      for (Difference difference : actual) {
        Expected match = reasons.get(difference);
        report.append(difference.pointer).append(" | ").append(difference.what).append(" | ")
            .append(match == null ? "?" : match.reason).append('\n');
      }
      throw new AssertionError(report.toString());
    }
  }

  @Test
  void theComparisonFindsNothingBetweenTheReferenceAndItselfAndSeesChanges() throws IOException {
    String yaml = resource(REFERENCE);
    OpenAPI reference = parse(yaml, "reference");
    assertThat(new Comparison(reference, parse(yaml, "reference")).run()).isEmpty();

    String changed = replaceOnce(yaml, "operationId: addPet", "operationId: addPet2");
    changed = replaceOnce(changed, "quantity:\n          type: integer\n          format: int32",
        "quantity:\n          type: integer\n          format: int64");
    changed = replaceOnce(changed, "        - name\n        - photoUrls\n", "        - name\n");
    changed = replaceOnce(changed, "          explode: true\n          schema:\n            type: string",
        "          explode: false\n          schema:\n            type: string");
    changed = replaceOnce(changed, "              - sold", "              - SOLD");
    changed = replaceOnce(changed, "      security:\n        - api_key: []\n",
        "      security:\n        - petstore_auth: []\n");
    assertThat(new Comparison(reference, parse(changed, "changed reference")).run())
        .extracting(Difference::line).containsExactlyInAnyOrder(
            "/paths/~1pet/post/operationId | operationId \"addPet\" vs \"addPet2\"",
            "/components/schemas/Order/properties/quantity/format | format \"int32\" vs \"int64\"",
            "/components/schemas/Pet/properties/photoUrls | required in the reference, not in Kiln",
            "/paths/~1pet~1findByStatus/get/parameters/0/explode | explode true vs false",
            "/paths/~1pet~1findByStatus/get/parameters/0/schema/enum | enum [available, pending,"
                + " sold] vs [available, pending, SOLD]",
            "/paths/~1pet~1{petId}/get/security | security [{api_key=[]}, {petstore_auth=[write:"
                + "pets, read:pets]}] vs [{petstore_auth=[]}, {petstore_auth=[write:pets, "
                + "read:pets]}]");
  }

  private static String replaceOnce(String text, String from, String to) {
    assertThat(text).contains(from);
    int at = text.indexOf(from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  @Test
  void theCopiedReferenceIsTheSharedPetstoreDocument() throws IOException {
    String shared = System.getProperty("kiln.petstoreReference", "");
    assumeThat(!shared.isEmpty() && Files.isRegularFile(Path.of(shared)))
        .as("the shared Petstore document %s is present", shared).isTrue();
    assertThat(resource(REFERENCE)).isEqualTo(Files.readString(Path.of(shared)));
  }

  @Test
  void theReferenceHasThe19PetstoreOperations() throws IOException {
    OpenAPI reference = parse(resource(REFERENCE), "reference");
    long operations = reference.getPaths().values().stream()
        .mapToLong(item -> item.readOperationsMap().size()).sum();
    assertThat(operations).isEqualTo(19);
  }

  private static void section(StringBuilder report, String title,
      java.util.stream.Stream<String> lines) {
    List<String> all = lines.collect(Collectors.toList());
    if (!all.isEmpty()) {
      report.append('\n').append(title).append(":\n");
      all.forEach(line -> report.append(line).append('\n'));
    }
  }

  private static OpenAPI parse(String text, String which) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    assertThat(result.getMessages()).as("swagger-parser messages on the %s document", which)
        .isEmpty();
    return result.getOpenAPI();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PetstoreDocumentIT.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Expected> expected() throws IOException {
    List<Expected> expected = new ArrayList<>();
    for (String line : resource(EXPECTED).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" \\| ", 3);
      assertThat(parts).as("'pointer | difference | reason': %s", line).hasSize(3);
      expected.add(new Expected(parts[0].trim(), parts[1].trim(), parts[2].trim()));
    }
    return expected;
  }

  /** One difference: where in the reference, and what (reference vs Kiln). */
  static final class Difference implements Comparable<Difference> {
    final String pointer;
    final String what;

    Difference(String pointer, String what) {
      this.pointer = pointer;
      this.what = what;
    }

    String line() {
      return pointer + " | " + what;
    }

    @Override
    public int compareTo(Difference other) {
      int byPointer = pointer.compareTo(other.pointer);
      return byPointer != 0 ? byPointer : what.compareTo(other.what);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Difference && compareTo((Difference) other) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(pointer, what);
    }
  }

  /** A listed difference; {@code *} in the pointer matches one segment. */
  static final class Expected {
    final String pointer;
    final String what;
    final String reason;
    final Pattern pattern;

    Expected(String pointer, String what, String reason) {
      this.pointer = pointer;
      this.what = what;
      this.reason = reason;
      StringBuilder regex = new StringBuilder();
      for (String piece : pointer.split("\\*", -1)) {
        if (regex.length() > 0) {
          regex.append("[^/]*");
        }
        regex.append(Pattern.quote(piece));
      }
      this.pattern = Pattern.compile(regex.toString().replace("\\Q\\E", ""));
    }

    boolean matches(Difference difference) {
      return what.equals(difference.what) && pattern.matcher(difference.pointer).matches();
    }

    String line() {
      return pointer + " | " + what + " | " + reason;
    }
  }

  /** The walk over both documents. */
  static final class Comparison {
    private final OpenAPI reference;
    private final OpenAPI kiln;
    private final Set<Difference> differences = new TreeSet<>();
    private final Set<String> comparedComponents = new HashSet<>();

    Comparison(OpenAPI reference, OpenAPI kiln) {
      this.reference = reference;
      this.kiln = kiln;
    }

    Set<Difference> run() {
      same("/servers", "servers", servers(reference), servers(kiln));
      if (reference.getExternalDocs() != null && kiln.getExternalDocs() == null) {
        differ("/externalDocs", "only in the reference");
      }
      if (!empty(reference.getSecurity()) && empty(kiln.getSecurity())) {
        differ("/security", "only in the reference");
      }
      Set<String> kilnTags = names(kiln.getTags(), io.swagger.v3.oas.models.tags.Tag::getName);
      for (int i = 0; i < size(reference.getTags()); i++) {
        io.swagger.v3.oas.models.tags.Tag tag = reference.getTags().get(i);
        if (!kilnTags.contains(tag.getName())) {
          differ("/tags/" + i, "tag " + tag.getName() + " only in the reference");
        } else if (tag.getExternalDocs() != null) {
          io.swagger.v3.oas.models.tags.Tag other = kiln.getTags().stream()
              .filter(t -> t.getName().equals(tag.getName())).findFirst().orElseThrow();
          if (other.getExternalDocs() == null) {
            differ("/tags/" + i + "/externalDocs", "only in the reference");
          }
        }
      }
      Map<String, SecurityScheme> refSchemes = securitySchemes(reference);
      Map<String, SecurityScheme> kilnSchemes = securitySchemes(kiln);
      for (String name : union(refSchemes.keySet(), kilnSchemes.keySet())) {
        if (!kilnSchemes.containsKey(name)) {
          differ("/components/securitySchemes/" + escape(name), "only in the reference");
        } else if (!refSchemes.containsKey(name)) {
          differ("/components/securitySchemes/" + escape(name), "only in Kiln");
        } else {
          scheme("/components/securitySchemes/" + escape(name), refSchemes.get(name),
              kilnSchemes.get(name));
        }
      }

      Map<String, PathItem> kilnPaths = new TreeMap<>();
      kiln.getPaths().forEach((path, item) -> {
        if (PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
          kilnPaths.put(path, item);
        }
      });
      for (String path : union(reference.getPaths().keySet(), kilnPaths.keySet())) {
        String at = "/paths/" + escape(path);
        PathItem refItem = reference.getPaths().get(path);
        PathItem kilnItem = kilnPaths.get(path);
        if (kilnItem == null) {
          differ(at, "path only in the reference");
        } else if (refItem == null) {
          differ(at, "path only in Kiln");
        } else {
          Map<String, Operation> refOps = operations(refItem);
          Map<String, Operation> kilnOps = operations(kilnItem);
          for (String method : union(refOps.keySet(), kilnOps.keySet())) {
            if (!kilnOps.containsKey(method)) {
              differ(at + "/" + method, "operation only in the reference");
            } else if (!refOps.containsKey(method)) {
              differ(at + "/" + method, "operation only in Kiln");
            } else {
              operation(at + "/" + method, refOps.get(method), kilnOps.get(method));
            }
          }
        }
      }
      return differences;
    }

    private void operation(String at, Operation ref, Operation kil) {
      same(at + "/operationId", "operationId", ref.getOperationId(), kil.getOperationId());
      same(at + "/tags", "tags", ref.getTags(), kil.getTags());
      same(at + "/summary", "summary", prose(ref.getSummary()), prose(kil.getSummary()));
      same(at + "/description", "description", prose(ref.getDescription()),
          prose(kil.getDescription()));
      same(at + "/deprecated", "deprecated", Boolean.TRUE.equals(ref.getDeprecated()),
          Boolean.TRUE.equals(kil.getDeprecated()));
      // each alternative: its schemes and their scopes, in order
      same(at + "/security", "security", security(ref), security(kil));
      parameters(at + "/parameters", ref.getParameters(), kil.getParameters());
      requestBody(at + "/requestBody", ref.getRequestBody(), kil.getRequestBody());
      responses(at + "/responses", ref.getResponses(), kil.getResponses());
    }

    private void parameters(String at, List<Parameter> ref, List<Parameter> kil) {
      Map<String, Parameter> kilnByKey = new LinkedHashMap<>();
      for (Parameter parameter : list(kil)) {
        parameter = kiln(parameter);
        kilnByKey.put(parameter.getIn() + " " + parameter.getName(), parameter);
      }
      List<Parameter> refs = list(ref);
      for (int i = 0; i < refs.size(); i++) {
        Parameter r = reference(refs.get(i));
        String key = r.getIn() + " " + r.getName();
        Parameter k = kilnByKey.remove(key);
        String here = at + "/" + i;
        if (k == null) {
          differ(here, "parameter " + key + " only in the reference");
          continue;
        }
        same(here + "/required", "required", Boolean.TRUE.equals(r.getRequired()),
            Boolean.TRUE.equals(k.getRequired()));
        same(here + "/style", "style", style(r), style(k));
        same(here + "/explode", "explode", explode(r), explode(k));
        same(here + "/deprecated", "deprecated", Boolean.TRUE.equals(r.getDeprecated()),
            Boolean.TRUE.equals(k.getDeprecated()));
        schema(here + "/schema", r.getSchema(), k.getSchema());
      }
      for (String key : kilnByKey.keySet()) {
        differ(at + "/-", "parameter " + key + " only in Kiln");
      }
    }

    private void requestBody(String at, RequestBody ref, RequestBody kil) {
      if (ref == null && kil == null) {
        return;
      }
      if (kil == null) {
        differ(at, "request body only in the reference");
        return;
      }
      if (ref == null) {
        differ(at, "request body only in Kiln");
        return;
      }
      same(at + "/required", "required", Boolean.TRUE.equals(ref.getRequired()),
          Boolean.TRUE.equals(kil.getRequired()));
      content(at + "/content", ref.getContent(), kil.getContent());
    }

    private void responses(String at, ApiResponses ref, ApiResponses kil) {
      Map<String, ApiResponse> refs = ref == null ? Map.of() : ref;
      Map<String, ApiResponse> kils = kil == null ? Map.of() : kil;
      for (String status : union(refs.keySet(), kils.keySet())) {
        String here = at + "/" + escape(status);
        if (!kils.containsKey(status)) {
          differ(here, "status " + status + " only in the reference");
        } else if (!refs.containsKey(status)) {
          differ(here, "status " + status + " only in Kiln");
        } else {
          ApiResponse r = response(reference, refs.get(status));
          ApiResponse k = response(kiln, kils.get(status));
          headers(here + "/headers", r.getHeaders(), k.getHeaders());
          content(here + "/content", r.getContent(), k.getContent());
        }
      }
    }

    private void headers(String at, Map<String, Header> ref, Map<String, Header> kil) {
      Map<String, Header> refs = ref == null ? Map.of() : ref;
      Map<String, Header> kils = kil == null ? Map.of() : kil;
      for (String name : union(refs.keySet(), kils.keySet())) {
        String here = at + "/" + escape(name);
        if (!kils.containsKey(name)) {
          differ(here, "header only in the reference");
        } else if (!refs.containsKey(name)) {
          differ(here, "header only in Kiln");
        } else {
          same(here + "/required", "required", Boolean.TRUE.equals(refs.get(name).getRequired()),
              Boolean.TRUE.equals(kils.get(name).getRequired()));
          schema(here + "/schema", refs.get(name).getSchema(), kils.get(name).getSchema());
        }
      }
    }

    private void content(String at, Content ref, Content kil) {
      Map<String, MediaType> refs = ref == null ? Map.of() : ref;
      Map<String, MediaType> kils = kil == null ? Map.of() : kil;
      for (String type : union(refs.keySet(), kils.keySet())) {
        String here = at + "/" + escape(type);
        if (!kils.containsKey(type)) {
          differ(here, "media type only in the reference");
        } else if (!refs.containsKey(type)) {
          differ(here, "media type only in Kiln");
        } else {
          schema(here + "/schema", refs.get(type).getSchema(), kils.get(type).getSchema());
        }
      }
    }

    /** Compares two schemas; {@code $ref}s are followed, to the reference's component pointer. */
    private void schema(String at, Schema<?> ref, Schema<?> kil) {
      if (ref == null && kil == null) {
        return;
      }
      if (ref == null || kil == null) {
        differ(at, ref == null ? "schema only in Kiln" : "schema only in the reference");
        return;
      }
      Object refDefault = ref.getDefault();
      Object kilDefault = kil.getDefault();
      if (ref.get$ref() != null) {
        String name = ref.get$ref().substring(REF_PREFIX.length());
        at = "/components/schemas/" + escape(name);
        String key = at + " " + Objects.toString(kil.get$ref(), "inline@" + System
            .identityHashCode(kil));
        if (!comparedComponents.add(key)) {
          return;
        }
        ref = reference.getComponents().getSchemas().get(name);
      }
      if (kil.get$ref() != null) {
        kil = kiln.getComponents().getSchemas().get(kil.get$ref().substring(REF_PREFIX.length()));
      }
      refDefault = refDefault != null ? refDefault : ref.getDefault();
      kilDefault = kilDefault != null ? kilDefault : kil.getDefault();

      Set<String> refTypes = types(ref);
      Set<String> kilTypes = types(kil);
      Schema<?> refSchema = unwrapNullable(ref);
      Schema<?> kilSchema = unwrapNullable(kil);
      if (refSchema != ref || kilSchema != kil) {
        // oneOf [X, {type: null}]: compare X, the nullability through the types
        if (refSchema != ref) {
          refTypes.add("null");
        }
        if (kilSchema != kil) {
          kilTypes.add("null");
        }
        same(at + "/type", "types", refTypes, kilTypes);
        schema(at, refSchema, kilSchema);
        return;
      }
      same(at + "/type", "types", refTypes, kilTypes);
      same(at + "/format", "format", ref.getFormat(), kil.getFormat());
      same(at + "/enum", "enum", strings(ref.getEnum()), strings(kil.getEnum()));
      same(at + "/default", "default", Objects.toString(refDefault, null),
          Objects.toString(kilDefault, null));
      same(at + "/minimum", "minimum", bound(ref.getMinimum(), ref.getExclusiveMinimum(),
          ref.getExclusiveMinimumValue(), ">"), bound(kil.getMinimum(), kil.getExclusiveMinimum(),
          kil.getExclusiveMinimumValue(), ">"));
      same(at + "/maximum", "maximum", bound(ref.getMaximum(), ref.getExclusiveMaximum(),
          ref.getExclusiveMaximumValue(), "<"), bound(kil.getMaximum(), kil.getExclusiveMaximum(),
          kil.getExclusiveMaximumValue(), "<"));
      same(at + "/minLength", "minLength", ref.getMinLength(), kil.getMinLength());
      same(at + "/maxLength", "maxLength", ref.getMaxLength(), kil.getMaxLength());
      same(at + "/pattern", "pattern", ref.getPattern(), kil.getPattern());
      same(at + "/minItems", "minItems", ref.getMinItems(), kil.getMinItems());
      same(at + "/maxItems", "maxItems", ref.getMaxItems(), kil.getMaxItems());

      // swagger-models declares these collections with the raw Schema type
      @SuppressWarnings("rawtypes")
      Map<String, Schema> refProps = ref.getProperties() == null ? Map.of() : ref.getProperties();
      @SuppressWarnings("rawtypes")
      Map<String, Schema> kilProps = kil.getProperties() == null ? Map.of() : kil.getProperties();
      Set<String> refRequired = new TreeSet<>(list(ref.getRequired()));
      Set<String> kilRequired = new TreeSet<>(list(kil.getRequired()));
      for (String name : union(refProps.keySet(), kilProps.keySet())) {
        String here = at + "/properties/" + escape(name);
        if (!kilProps.containsKey(name)) {
          differ(here, "property only in the reference");
        } else if (!refProps.containsKey(name)) {
          differ(here, "property only in Kiln");
        } else {
          if (refRequired.contains(name) != kilRequired.contains(name)) {
            differ(here, refRequired.contains(name) ? "required in the reference, not in Kiln"
                : "required in Kiln, not in the reference");
          }
          schema(here, refProps.get(name), kilProps.get(name));
        }
      }
      schema(at + "/items", ref.getItems(), kil.getItems());
      Object refMore = ref.getAdditionalProperties();
      Object kilMore = kil.getAdditionalProperties();
      if (refMore instanceof Schema || kilMore instanceof Schema) {
        schema(at + "/additionalProperties", refMore instanceof Schema ? (Schema<?>) refMore
            : null, kilMore instanceof Schema ? (Schema<?>) kilMore : null);
      } else {
        same(at + "/additionalProperties", "additionalProperties", refMore, kilMore);
      }
    }

    /** {@code oneOf}/{@code anyOf} of one schema and {@code {type: "null"}}: that schema. */
    private static Schema<?> unwrapNullable(Schema<?> schema) {
      @SuppressWarnings("rawtypes") // swagger-models' raw List<Schema>
      List<Schema> members = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
      if (members == null || members.size() != 2) {
        return schema;
      }
      @SuppressWarnings("rawtypes")
      List<Schema> others = members.stream().filter(m -> !types(m).equals(Set.of("null")))
          .collect(Collectors.toList());
      return others.size() == 1 ? others.get(0) : schema;
    }

    private static Set<String> types(Schema<?> schema) {
      Set<String> types = new TreeSet<>();
      if (schema.getTypes() != null) {
        types.addAll(schema.getTypes());
      }
      if (schema.getType() != null) {
        types.add(schema.getType());
      }
      if (Boolean.TRUE.equals(schema.getNullable())) {
        types.add("null");
      }
      return types;
    }

    /** A lower or upper bound as text, e.g. {@code ">= 1"} or {@code "> 0"}; null if none. */
    private static String bound(BigDecimal value, Boolean exclusive30, BigDecimal exclusive31,
        String strict) {
      if (exclusive31 != null) {
        return strict + " " + exclusive31.stripTrailingZeros().toPlainString();
      }
      if (value == null) {
        return null;
      }
      return (Boolean.TRUE.equals(exclusive30) ? strict : strict + "=") + " "
          + value.stripTrailingZeros().toPlainString();
    }

    private static String style(Parameter parameter) {
      if (parameter.getStyle() != null) {
        return parameter.getStyle().toString();
      }
      return "query".equals(parameter.getIn()) || "cookie".equals(parameter.getIn()) ? "form"
          : "simple";
    }

    private static boolean explode(Parameter parameter) {
      return parameter.getExplode() != null ? parameter.getExplode()
          : "form".equals(style(parameter));
    }

    private Parameter reference(Parameter parameter) {
      return parameter.get$ref() == null ? parameter : reference.getComponents().getParameters()
          .get(last(parameter.get$ref()));
    }

    private Parameter kiln(Parameter parameter) {
      return parameter.get$ref() == null ? parameter : kiln.getComponents().getParameters()
          .get(last(parameter.get$ref()));
    }

    private static ApiResponse response(OpenAPI document, ApiResponse response) {
      return response.get$ref() == null ? response : document.getComponents().getResponses()
          .get(last(response.get$ref()));
    }

    /** The server URLs; swagger-parser's stand-in {@code "/"} for none counts as none. */
    private static List<String> servers(OpenAPI document) {
      List<String> urls = list(document.getServers()).stream()
          .map(io.swagger.v3.oas.models.servers.Server::getUrl).collect(Collectors.toList());
      return urls.equals(List.of("/")) ? List.of() : urls;
    }

    private static Map<String, SecurityScheme> securitySchemes(OpenAPI document) {
      return document.getComponents() == null || document.getComponents()
          .getSecuritySchemes() == null ? Map.of()
          : new TreeMap<>(document.getComponents().getSecuritySchemes());
    }

    /** The operation's alternatives as plain maps, scheme to scopes ({@code []}: none). */
    private static List<Map<String, List<String>>> security(Operation operation) {
      return list(operation.getSecurity()).stream().map(requirement ->
          (Map<String, List<String>>) new LinkedHashMap<>(requirement))
          .collect(Collectors.toList());
    }

    /** What a scheme says of where credentials travel: type, name, in, scheme, flows. */
    private void scheme(String at, SecurityScheme ref, SecurityScheme kil) {
      same(at + "/type", "type", ref.getType(), kil.getType());
      same(at + "/name", "name", ref.getName(), kil.getName());
      same(at + "/in", "in", ref.getIn(), kil.getIn());
      same(at + "/scheme", "scheme", ref.getScheme(), kil.getScheme());
      same(at + "/bearerFormat", "bearerFormat", ref.getBearerFormat(), kil.getBearerFormat());
      same(at + "/openIdConnectUrl", "openIdConnectUrl", ref.getOpenIdConnectUrl(),
          kil.getOpenIdConnectUrl());
      Map<String, OAuthFlow> refFlows = flows(ref.getFlows());
      Map<String, OAuthFlow> kilnFlows = flows(kil.getFlows());
      same(at + "/flows", "flows", refFlows.keySet(), kilnFlows.keySet());
      refFlows.forEach((name, flow) -> {
        OAuthFlow other = kilnFlows.get(name);
        if (other != null) {
          String where = at + "/flows/" + name;
          same(where + "/authorizationUrl", "authorizationUrl", flow.getAuthorizationUrl(),
              other.getAuthorizationUrl());
          same(where + "/tokenUrl", "tokenUrl", flow.getTokenUrl(), other.getTokenUrl());
          same(where + "/scopes", "scopes", scopes(flow), scopes(other));
        }
      });
    }

    private static Map<String, OAuthFlow> flows(OAuthFlows all) {
      Map<String, OAuthFlow> byName = new TreeMap<>();
      if (all != null) {
        byName.put("implicit", all.getImplicit());
        byName.put("password", all.getPassword());
        byName.put("clientCredentials", all.getClientCredentials());
        byName.put("authorizationCode", all.getAuthorizationCode());
        byName.values().removeIf(Objects::isNull);
      }
      return byName;
    }

    private static Map<String, String> scopes(OAuthFlow flow) {
      return flow.getScopes() == null ? Map.of() : new TreeMap<>(flow.getScopes());
    }

    private static Map<String, Operation> operations(PathItem item) {
      Map<String, Operation> operations = new LinkedHashMap<>();
      item.readOperationsMap().forEach((method, operation) ->
          operations.put(method.toString().toLowerCase(java.util.Locale.ROOT), operation));
      return operations;
    }

    private void same(String at, String what, Object ref, Object kil) {
      if (!Objects.equals(ref, kil)) {
        differ(at, what + " " + show(ref) + " vs " + show(kil));
      }
    }

    private void differ(String pointer, String what) {
      differences.add(new Difference(pointer, what));
    }

    private static String show(Object value) {
      if (value == null) {
        return "none";
      }
      String text = value instanceof String ? "\"" + value + "\"" : value.toString();
      text = text.replace("\n", "\\n").replace(" | ", " / ");
      return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** Prose with its white space collapsed, so line breaks do not count. */
    private static String prose(String text) {
      return text == null ? null : text.trim().replaceAll("\\s+", " ");
    }

    private static List<String> strings(List<?> values) {
      return values == null ? null
          : values.stream().map(String::valueOf).collect(Collectors.toList());
    }

    private static <T> Set<String> names(List<T> items, Function<T, String> name) {
      return items == null ? Set.of() : items.stream().map(name).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> all = new LinkedHashSet<>(a);
      all.addAll(b);
      return all;
    }

    private static <T> List<T> list(List<T> items) {
      return items == null ? List.of() : items;
    }

    private static boolean empty(List<?> items) {
      return items == null || items.isEmpty();
    }

    private static int size(List<?> items) {
      return items == null ? 0 : items.size();
    }

    private static String last(String ref) {
      return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static String escape(String segment) {
      return segment.replace("~", "~0").replace("/", "~1");
    }
  }
}
