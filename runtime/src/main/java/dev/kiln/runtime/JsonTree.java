package dev.kiln.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * A JSON document as a tree of {@link LinkedHashMap}s (in document order), {@link ArrayList}s,
 * strings, numbers ({@code Integer}, {@code Long}, {@code BigInteger}, {@code BigDecimal}),
 * booleans and {@code null}, read and written with jackson-core alone. Written in the layout the
 * processor writes the OpenAPI document in (two-space indents, {@code "name": value}, {@code {}}
 * and {@code []} when empty, a final line break), so an unchanged tree gives the same bytes.
 */
final class JsonTree {
  /** Documents are the application's own: no limits but jackson-core's sanity ones. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build())
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private JsonTree() {}

  /** The tree of the JSON text {@code json}. */
  static Object parse(byte[] json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return read(parser);
    }
  }

  /** The JSON text of {@code tree}, in the processor's layout. */
  static byte[] write(Object tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return printer;
      }
    };
    try (JsonGenerator generator = FACTORY.createGenerator(context, out)) {
      write(tree, generator);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static Object read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
          parser.nextToken();
          object.put(name, read(parser));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      }
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("Not a JSON value at " + token);
    }
  }

  private static void write(Object value, JsonGenerator generator) {
    if (value instanceof Map<?, ?>) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        generator.writeName((String) entry.getKey());
        write(entry.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (value instanceof List<?>) {
      generator.writeStartArray();
      for (Object item : (List<?>) value) {
        write(item, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof String) {
      generator.writeString((String) value);
    } else if (value instanceof BigDecimal) {
      generator.writeNumber((BigDecimal) value);
    } else if (value instanceof java.math.BigInteger) {
      generator.writeNumber((java.math.BigInteger) value);
    } else if (value instanceof Number) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Boolean) {
      generator.writeBoolean((Boolean) value);
    } else if (value == null) {
      generator.writeNull();
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
    }
  }
}
