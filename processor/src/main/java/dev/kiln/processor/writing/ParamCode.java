package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;

/**
 * Statements that bind one path variable, query parameter, header or cookie, converting with
 * {@code Params}.
 */
final class ParamCode {
  /** The request's errors, where every conversion records what is wrong. */
  private static final CodeBlock ERRORS = CodeBlock.of("exchange.errors()");

  // path:     int id = Params.toInt(exchange.errors(), ParamIn.PATH, "id",
  //               exchange.pathParam(0));
  // required: int limit = Params.toInt(exchange.errors(), ParamIn.QUERY, "limit",
  //               exchange.queryParam("limit"));
  // default:  String limitRaw = exchange.queryParam("limit");
  //           int limit = limitRaw == null ? 10
  //               : Params.toInt(exchange.errors(), ParamIn.QUERY, "limit", limitRaw);
  /**
   * The statements binding {@code param} to the local {@code local}; {@code rawLocal} is a free
   * name for the raw text and {@code pathIndex} the variable's position in the template.
   */
  CodeBlock bind(ParamModel param, String local, String rawLocal, int pathIndex) {
    TypeModel valueType = param.valueType();
    String in = inName(param.kind());
    if (param.repeated()) {
      // List<Integer> tag = Params.toList(exchange.errors(), ParamIn.QUERY, "tag",
      //     exchange.queryParams("tag"), Params::toInt);
      CodeBlock raws = param.kind() == ParamKind.HEADER
          ? CodeBlock.of("exchange.headers($S)", param.wireName())
          : param.kind() == ParamKind.FORM
              ? CodeBlock.of("form.all($L, $S)", ERRORS, param.wireName())
              : CodeBlock.of("exchange.queryParams($S)", param.wireName());
      return CodeBlock.builder()
          .addStatement("$T $N = $T.$N($L, $T.$N, $S,$W$L,$W$L)", TypeNames.of(param.type()),
              local, RuntimeTypes.PARAMS,
              param.type().kind() == TypeKindModel.SET ? "toSet" : "toList", ERRORS,
              RuntimeTypes.PARAM_IN, in, param.wireName(), raws, converter(valueType))
          .build();
    }
    CodeBlock raw = raw(param, pathIndex);
    if (param.required()) {
      return CodeBlock.builder()
          .addStatement("$T $N = $L", TypeNames.of(param.type()), local,
              convert(valueType, in, param.wireName(), raw, param.kind() == ParamKind.PATH))
          .build();
    }
    if (param.defaultValue() == null && param.type().kind() == TypeKindModel.OPTIONAL
        && valueType.kind() == TypeKindModel.STRING) {
      // Optional<String> cursor = Optional.ofNullable(exchange.queryParam("cursor"));
      return CodeBlock.builder().addStatement("$T $N = $T.ofNullable($L)",
          TypeNames.of(param.type()), local, RuntimeTypes.OPTIONAL, raw).build();
    }
    CodeBlock absent;
    CodeBlock present = convert(valueType, in, param.wireName(), CodeBlock.of("$N", rawLocal),
        true);
    if (param.defaultValue() != null) {
      absent = literal(valueType, param.defaultValue());
    } else if (param.type().kind() == TypeKindModel.OPTIONAL) {
      absent = CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
      // a conversion error yields null (reported, answered before the handler runs)
      present = CodeBlock.of("$T.ofNullable($L)", RuntimeTypes.OPTIONAL, present);
    } else {
      absent = CodeBlock.of("null");
    }
    return CodeBlock.builder()
        .addStatement("String $N = $L", rawLocal, raw)
        .addStatement("$T $N = $N == null ? $L$W: $L", TypeNames.of(param.type()), local, rawLocal,
            absent, present)
        .build();
  }

  /** The {@code ParamIn} constant of a parameter kind: form fields are in the body. */
  static String inName(ParamKind kind) {
    return kind == ParamKind.FORM ? "BODY" : kind.name();
  }

  private static CodeBlock raw(ParamModel param, int pathIndex) {
    switch (param.kind()) {
      case PATH:
        return CodeBlock.of("exchange.pathParam($L)", pathIndex);
      case HEADER:
        return CodeBlock.of("exchange.header($S)", param.wireName());
      case COOKIE:
        return CodeBlock.of("exchange.cookie($S)", param.wireName());
      case FORM:
        return CodeBlock.of("form.first($L, $S)", ERRORS, param.wireName());
      default:
        return CodeBlock.of("exchange.queryParam($S)", param.wireName());
    }
  }

  /** A {@code Params.Converter} for one value of {@code type}: a method reference or lambda. */
  private static CodeBlock converter(TypeModel type) {
    switch (type.kind().unboxed()) {
      case STRING:
        return CodeBlock.of("$T::toString", RuntimeTypes.PARAMS);
      case INT:
        return CodeBlock.of("$T::toInt", RuntimeTypes.PARAMS);
      case LONG:
        return CodeBlock.of("$T::toLong", RuntimeTypes.PARAMS);
      case DOUBLE:
        return CodeBlock.of("$T::toDouble", RuntimeTypes.PARAMS);
      case BOOLEAN:
        return CodeBlock.of("$T::toBoolean", RuntimeTypes.PARAMS);
      case BIG_DECIMAL:
        return CodeBlock.of("$T::toBigDecimal", RuntimeTypes.PARAMS);
      case BIG_INTEGER:
        return CodeBlock.of("$T::toBigInteger", RuntimeTypes.PARAMS);
      default:
        // Params.enumConverter(Priority_EnumCodec::parse, Priority_EnumCodec.ALLOWED): no
        // lambda, whose parameter names could clash with the handler's parameters
        if (type.kind() == TypeKindModel.ENUM) {
          ClassName codec = Names.enumCodec(TypeNames.className(type));
          return CodeBlock.of("$T.enumConverter($T::parse,$W$T.ALLOWED)", RuntimeTypes.PARAMS,
              codec, codec);
        }
        return CodeBlock.of("$T.textConverter($L,$W$L)", RuntimeTypes.PARAMS,
            ScalarCode.parser(type.kind()), ScalarCode.message(type.kind()));
    }
  }

  private static CodeBlock convertValue(TypeModel type, CodeBlock errors, CodeBlock in,
      CodeBlock name, CodeBlock raw) {
    ClassName params = RuntimeTypes.PARAMS;
    if (type.kind() == TypeKindModel.ENUM) {
      ClassName codec = Names.enumCodec(TypeNames.className(type));
      return CodeBlock.of("$T.toEnum($L, $L, $L,$W$L,$W$T::parse,$W$T.ALLOWED)", params, errors,
          in, name, raw, codec, codec);
    }
    return CodeBlock.of("$T.toText($L, $L, $L,$W$L,$W$L,$W$L)", params, errors, in, name, raw,
        ScalarCode.parser(type.kind()), ScalarCode.message(type.kind()));
  }

  private static CodeBlock convert(TypeModel type, String in, String name, CodeBlock raw,
      boolean knownPresent) {
    switch (type.kind().unboxed()) {
      case STRING:
        return knownPresent ? raw : call("toString", in, name, raw);
      case INT:
        return call("toInt", in, name, raw);
      case LONG:
        return call("toLong", in, name, raw);
      case DOUBLE:
        return call("toDouble", in, name, raw);
      case BOOLEAN:
        return call("toBoolean", in, name, raw);
      case BIG_DECIMAL:
        return call("toBigDecimal", in, name, raw);
      case BIG_INTEGER:
        return call("toBigInteger", in, name, raw);
      default:
        return convertValue(type, ERRORS, CodeBlock.of("$T.$N", RuntimeTypes.PARAM_IN, in),
            CodeBlock.of("$S", name), raw);
    }
  }

  // Params.toInt(exchange.errors(), ParamIn.QUERY, "limit", raw)
  private static CodeBlock call(String method, String in, String name, CodeBlock raw) {
    return CodeBlock.of("$T.$N($L, $T.$N, $S,$W$L)", RuntimeTypes.PARAMS, method, ERRORS,
        RuntimeTypes.PARAM_IN, in, name, raw);
  }

  /** The Java literal of a default value (already checked by validation). */
  private static CodeBlock literal(TypeModel type, String value) {
    switch (type.kind().unboxed()) {
      case STRING:
        return CodeBlock.of("$S", value);
      case INT:
        return CodeBlock.of("$L", Integer.parseInt(value));
      case LONG:
        return CodeBlock.of("$LL", Long.parseLong(value));
      case DOUBLE:
        return CodeBlock.of("$L", Double.toString(Double.parseDouble(value)));
      case BOOLEAN:
        return CodeBlock.of("$L", Boolean.parseBoolean(value));
      case ENUM:
        return CodeBlock.of("$T.$N", TypeNames.className(type), type.enumConstants().stream()
            .filter(c -> c.wireName().equals(value)).findFirst().orElseThrow().javaName());
      case BIG_DECIMAL:
      case BIG_INTEGER:
        return CodeBlock.of("new $T($S)", TypeNames.of(type), value);
      default:
        return ScalarCode.parse(type.kind(), value);
    }
  }
}
