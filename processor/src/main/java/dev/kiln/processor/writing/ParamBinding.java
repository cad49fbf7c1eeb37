package dev.kiln.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that bind one parameter (path, query, header, cookie, form field or a whole
 * {@code @BeanParam} record) into a local and check its constraints, reporting violations with
 * {@code Params.violation}.
 */
final class ParamBinding {
  private final ParamCode paramCode = new ParamCode();
  private final HelperMethods helpers;

  ParamBinding(HelperMethods helpers) {
    this.helpers = helpers;
  }

  // PageParams page = exchange.errors().isEmpty() ? new PageParams(pageNumber, trace) : null;
  // after binding each member: the record's constructor never sees the placeholder (0, null) a
  // rejected value leaves, and the request is answered 400/422 before the handler runs
  CodeBlock bind(ParamModel param, String local, NameAllocator locals, List<String> variables) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (param.kind() == ParamKind.BEAN) {
      List<CodeBlock> members = new ArrayList<>();
      for (ParamModel member : param.members()) {
        // camelCase: pagingPage for the member page of the @BeanParam paging
        String memberLocal = locals.newName(param.javaName()
            + Character.toUpperCase(member.javaName().charAt(0)) + member.javaName().substring(1));
        code.add(bind(member, memberLocal, locals, variables));
        members.add(CodeBlock.of("$N", memberLocal));
      }
      return code
          .add("// built from valid values only; with errors the request is answered 400/422\n")
          .addStatement("$T $N = exchange.errors().isEmpty() ? new $T($L) : null",
              TypeNames.of(param.type()), local, TypeNames.of(param.type()),
              CodeBlock.join(members, ",$W"))
          .build();
    }
    String rawLocal = locals.newName(param.javaName() + "Raw");
    code.add(paramCode.bind(param, local, rawLocal, variables.indexOf(param.wireName())));
    return code.add(checks(param, local, locals)).build();
  }

  /** The constraint checks of {@code param}, bound to {@code local} already. */
  CodeBlock checks(ParamModel param, String local, NameAllocator locals) {
    CodeBlock.Builder code = CodeBlock.builder();
    String in = ParamCode.inName(param.kind());
    ConstraintCode constraints = new ConstraintCode(helpers);
    java.util.function.BiFunction<String, String, CodeBlock> report =
        (errorCode, message) -> CodeBlock.of(
            "$T.violation(exchange.errors(), $T.$N, $S,$W$S,$W$S)", RuntimeTypes.PARAMS,
            RuntimeTypes.PARAM_IN, in, param.wireName(), errorCode, message);
    code.add(constraints.checks(param.type(), CodeBlock.of("$N", local), param.javaName(), report));
    if (param.repeated() && !param.valueType().constraints().isEmpty()) {
      String element = locals.newName(param.javaName() + "Value");
      code.beginControlFlow("for ($T $N : $N)", TypeNames.of(param.valueType()).box(), element,
          local)
          .add(constraints.checks(param.valueType(), CodeBlock.of("$N", element),
              param.javaName() + "Value", report))
          .endControlFlow();
    }
    return code.build();
  }

}
