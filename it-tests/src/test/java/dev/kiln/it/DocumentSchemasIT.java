package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every schema of the example app's OpenAPI document is a valid JSON Schema 2020-12 (checked
 * against the 2020-12 meta-schema) and loads in the OpenAPI 3.1 dialect with its patterns and
 * references resolved, and every {@code default}, {@code example} and {@code examples} value in
 * the document validates against the schema it belongs to (formats asserted).
 */
class DocumentSchemasIT {
  private static final Path CLASSES = Path.of(System.getProperty("kiln.exampleClasses",
      "../example-app/target/classes"));
  private static final String BASE = "urn:kiln:example-openapi";
  private static final String META = "https://json-schema.org/draft/2020-12/schema";
  private static String text;
  private static JsonNode document;
  /** JSON pointer of every schema (its uses and the components), by pointer. */
  private static final Map<String, JsonNode> SCHEMAS = new TreeMap<>();

  @BeforeAll
  static void readDocument() throws IOException {
    text = Files.readString(CLASSES.resolve("META-INF/kiln/openapi.json"),
        StandardCharsets.UTF_8);
    document = JsonMapper.builder().build().readTree(text);
    document.path("components").path("schemas").properties()
        .forEach(entry -> SCHEMAS.put("/components/schemas/" + escape(entry.getKey()),
            entry.getValue()));
    collect(document, "", SCHEMAS);
  }

  @Test
  void thereAreSchemasToCheck() {
    assertThat(SCHEMAS).hasSizeGreaterThan(20)
        .containsKey("/components/schemas/Pet")
        .containsKey("/components/schemas/Problem");
  }

  @Test
  void everySchemaIsValidJsonSchema202012() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(META));
    List<String> failures = new ArrayList<>();
    SCHEMAS.forEach((pointer, schema) -> {
      for (Error error : meta.validate(schema)) {
        failures.add(pointer + ": " + error);
      }
    });
    assertThat(failures).isEmpty();
  }

  @Test
  void everyDefaultAndExampleValidatesAgainstItsSchema() {
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder ->
        builder.schemas(Map.of(BASE, text)).schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> entry : SCHEMAS.entrySet()) {
      // loading compiles every keyword, patterns and $refs included
      Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + fragment(entry.getKey())));
      List<JsonNode> values = new ArrayList<>();
      for (String keyword : List.of("default", "example")) {
        if (entry.getValue().has(keyword)) {
          values.add(entry.getValue().get(keyword));
        }
      }
      entry.getValue().path("examples").values().forEach(values::add);
      for (JsonNode value : values) {
        checked++;
        for (Error error : schema.validate(value)) {
          failures.add(entry.getKey() + " value " + value + ": " + error);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).as("defaults and examples checked").isPositive();
  }

  /** Collects the schemas of parameters, headers and media types under {@code node}. */
  private static void collect(JsonNode node, String pointer, Map<String, JsonNode> schemas) {
    if (!node.isContainer() || pointer.equals("/components/schemas")) {
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, schemas);
      }
      return;
    }
    node.properties().forEach(entry -> {
      String at = pointer + "/" + escape(entry.getKey());
      if (entry.getKey().equals("schema") && entry.getValue().isObject()) {
        schemas.put(at, entry.getValue());
      } else {
        collect(entry.getValue(), at, schemas);
      }
    });
  }

  /** A JSON pointer as a URI fragment: {@code {} and other characters percent-encoded. */
  private static String fragment(String pointer) {
    StringBuilder out = new StringBuilder();
    for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 0x80 || "/~-._:@!$&'()*+,;=".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
