package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.List;
import java.util.Map;

/**
 * Statements that put a client method's arguments into its {@code ClientCall} named {@code
 * call}, the way a route reads them: path variables, query parameters, headers, cookies, and the
 * body (JSON, an HTML form, bytes or a stream).
 */
final class ClientParamCode {
  private final Map<String, RecordModel> forms;
  private final String call;

  /** Code for a method whose {@code ClientCall} local is named {@code call}. */
  ClientParamCode(Map<String, RecordModel> forms, String call) {
    this.forms = forms;
    this.call = call;
  }

  // call.path("/todos/").pathValue("id", id).path("/done");
  /** The statement building the path from the template, with the path variables' arguments. */
  CodeBlock path(RouteModel route, Map<String, CodeBlock> pathValues) {
    CodeBlock.Builder chain = CodeBlock.builder().add("$N", call);
    StringBuilder literal = new StringBuilder();
    for (String segment : route.template().segments()) {
      literal.append('/');
      if (dev.kiln.processor.model.PathTemplateModel.isVariable(segment)) {
        String name = segment.substring(1, segment.length() - 1);
        chain.add(".path($S).pathValue($S, $L)", literal, name, pathValues.get(name));
        literal.setLength(0);
      } else {
        literal.append(segment);
      }
    }
    if (literal.length() > 0 || route.template().segments().isEmpty()) {
      chain.add(".path($S)", literal.length() == 0 ? "/" : literal);
    }
    return CodeBlock.builder().addStatement("$L", chain.build()).build();
  }

  // call.query("done", done.orElse(null));
  // call.queries("tag", tags);
  /** The statement passing one (flattened) parameter whose value is {@code value}. */
  CodeBlock param(ParamModel param, CodeBlock value) {
    String single;
    String repeated;
    switch (param.kind()) {
      case HEADER:
        single = "header";
        repeated = "headers";
        break;
      case COOKIE:
        single = "cookie";
        repeated = "cookie";
        break;
      default:
        single = "query";
        repeated = "queries";
        break;
    }
    return CodeBlock.builder().addStatement("$N.$N($S, $L)", call,
        param.repeated() ? repeated : single, param.wireName(), text(param.type(), value)).build();
  }

  /** The statement sending {@code body} (the parameter's value is {@code value}). */
  CodeBlock body(RouteModel route, ParamModel body, CodeBlock value) {
    TypeModel type = body.type();
    String mediaType = route.requestMediaTypes().get(0);
    if (body.isRawBody()) {
      return CodeBlock.builder().addStatement("$N.body($L, $S)", call, value, mediaType).build();
    }
    if (!route.readsJsonBody()) {
      // call.formField("title", form.title());
      CodeBlock.Builder code = CodeBlock.builder();
      for (ComponentModel component : forms.get(type.key()).components()) {
        CodeBlock get = CodeBlock.of(component.field() ? "$L.$N" : "$L.$N()", value,
            component.accessor());
        boolean repeated = component.type().kind() == TypeKindModel.LIST
            || component.type().kind() == TypeKindModel.SET;
        code.addStatement("$N.$N($S, $L)", call, repeated ? "formFields" : "formField",
            component.jsonName(), text(component.type(), get));
      }
      return code.build();
    }
    CodeBlock writer = WriteCode.writer(type);
    return CodeBlock.builder().addStatement("$N.jsonBody($L, $L)", call, value, writer).build();
  }

  /**
   * {@code value} as what {@code ClientCall} turns into text: enums by their codec's wire name,
   * {@code Optional}s unwrapped to {@code null} when empty, collections as they are.
   */
  private static CodeBlock text(TypeModel type, CodeBlock value) {
    switch (type.kind()) {
      case OPTIONAL:
        return type.element().kind() == TypeKindModel.ENUM
            ? CodeBlock.of("$L.map($T::wireName).orElse(null)", value, codec(type.element()))
            : CodeBlock.of("$L.orElse(null)", value);
      case LIST:
      case SET:
        return type.element().kind() == TypeKindModel.ENUM
            ? CodeBlock.of("$T.each($L, $T::wireName)", ClientTypes.WIRE_TEXT, value,
                codec(type.element()))
            : value;
      case ENUM:
        return CodeBlock.of("$L == null ? null : $T.wireName($L)", value, codec(type), value);
      default:
        return value;
    }
  }

  private static ClassName codec(TypeModel type) {
    return Names.enumCodec(TypeNames.className(type));
  }

  /** The parameters with each {@code @BeanParam} replaced by its members, read from accessors. */
  static void flatten(List<ParamModel> params, CodeBlock owner,
      java.util.function.BiConsumer<ParamModel, CodeBlock> each) {
    for (ParamModel param : params) {
      CodeBlock value = owner == null ? CodeBlock.of("$N", param.javaName())
          : CodeBlock.of("$L.$N()", owner, param.javaName());
      if (param.kind() == ParamKind.BEAN) {
        flatten(param.members(), value, each);
      } else {
        each.accept(param, value);
      }
    }
  }
}
