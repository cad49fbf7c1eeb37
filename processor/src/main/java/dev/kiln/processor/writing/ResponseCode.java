package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.kiln.processor.model.DeclaredResponseModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that call the handler and write its response, unwrapping {@code CompletionStage}
 * (awaited in the handler thread), {@code Response} (status and headers chosen at run time) and
 * {@code Optional} (empty responds 404) down to the body: none, text, bytes, a stream or JSON.
 */
final class ResponseCode {
  private static final ClassName RESPONSE = ClassName.get(RuntimeTypes.RUNTIME, "Response");
  private static final ClassName PROBLEM = ClassName.get(RuntimeTypes.RUNTIME, "Problem");
  private static final ClassName STAGES = ClassName.get(RuntimeTypes.GENERATED, "Stages");
  private static final ClassName PROBLEM_EXCEPTION =
      ClassName.get(RuntimeTypes.RUNTIME, "ProblemException");

  private static final ClassName HTML_ANSWERS =
      ClassName.get(RuntimeTypes.GENERATED, "HtmlAnswers");
  private static final ClassName HANDLER_RESULTS =
      ClassName.get(RuntimeTypes.GENERATED, "HandlerResults");

  private final ClassName self;
  private final HelperMethods helpers;
  private final NameAllocator locals;

  ResponseCode(ClassName self, HelperMethods helpers, NameAllocator locals) {
    this.self = self;
    this.helpers = helpers;
    this.locals = locals;
  }

  // Item result = controller.getItem(id);
  // exchange.respondJson(200, result, Item_JsonWriter::write);
  /**
   * Calls the handler {@code handlerName} ({@code com.example.ItemsController.getItem}) with
   * {@code call} and responds.
   */
  CodeBlock respond(RouteModel route, CodeBlock call, String handlerName) {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean direct = true;
    TypeModel type = route.returnType();
    if (type.kind() == TypeKindModel.VOID) {
      return code.addStatement("$L", call)
          .addStatement("exchange.respondEmpty($L)", route.status())
          .build();
    }
    CodeBlock called = call;
    if (type.kind() == TypeKindModel.COMPLETION_STAGE) {
      type = type.element();
      called = route.timeout() == null ? CodeBlock.of("$T.await($L)", RuntimeTypes.EXCHANGE, call)
          : CodeBlock.of("$T.await($L, $LL, $S)", STAGES, call, route.timeout().millis(),
              route.describe());
    }
    String result = locals.newName("result");
    if (type.kind() == TypeKindModel.VOID) {
      return code.addStatement("$L", called)
          .addStatement("exchange.respondEmpty($L)", route.status())
          .build();
    }
    code.addStatement("$T $N = $L", TypeNames.of(type), result, called);
    CodeBlock status = CodeBlock.of("$L", route.status());
    if (type.kind() == TypeKindModel.RESPONSE) {
      // Response.assertDeclared(result, "login", 200, 429); exchange.setHeaders(result); ...
      code.addStatement("$T.assertDeclared($N, $S, $L)", RESPONSE, result, route.methodName(),
          declaredStatuses(route));
      code.addStatement("exchange.setHeaders($N)", result);
      status = CodeBlock.of("$N.status()", result);
      type = type.element();
      direct = false;
      if (type.kind() == TypeKindModel.VOID) {
        return code.addStatement("exchange.respondEmpty($L)", status).build();
      }
      code.beginControlFlow("if ($N.body() == null)", result)
          .addStatement("exchange.respondEmpty($L)", status)
          .addStatement("return")
          .endControlFlow();
      String body = locals.newName("body");
      code.addStatement("$T $N = $N.body()", TypeNames.of(type), body, result);
      result = body;
    }
    if (type.kind() == TypeKindModel.OPTIONAL) {
      code.beginControlFlow("if ($N.isEmpty())", result)
          .addStatement("throw new $T($T.of(404, $S))", PROBLEM_EXCEPTION, PROBLEM,
              "No such resource.")
          .endControlFlow();
      String present = locals.newName("present");
      code.addStatement("$T $N = $N.get()", TypeNames.of(type.element()), present, result);
      result = present;
      type = type.element();
      direct = false;
    }
    CodeBlock value = CodeBlock.of("$N", result);
    if (type.kind() == TypeKindModel.HTML_PAGE) {
      // HtmlAnswers.respond(exchange, 200, result, "com.example.Pages.pets"): ETag and 304
      return code.addStatement("$T.respond(exchange, $L, $N,$W$S)", HTML_ANSWERS, status, result,
          handlerName).build();
    }
    if (direct && (type.isRaw() || type.kind() == TypeKindModel.STRING)) {
      // HandlerResults.nonNull(result, "com.example.ItemsController.name"): a null text, byte[]
      // or stream is a bug the 500's log names (a JSON body writes null)
      value = CodeBlock.of("$T.nonNull($N,$W$S)", HANDLER_RESULTS, result, handlerName);
    }
    return code.add(body(route, type, value, status)).build();
  }

  private CodeBlock body(RouteModel route, TypeModel type, CodeBlock value, CodeBlock status) {
    switch (type.kind()) {
      case STRING:
        if (route.produces() == null) {
          return CodeBlock.of("exchange.respondText($L, $L);\n", status, value);
        }
        return CodeBlock.of("exchange.respond($L, $S, $L.getBytes($T.UTF_8));\n", status,
            route.responseMediaType(), value,
            ClassName.get("java.nio.charset", "StandardCharsets"));
      case BYTES:
        return CodeBlock.of("exchange.respond($L, $S, $L);\n", status, route.responseMediaType(),
            value);
      case INPUT_STREAM:
        return CodeBlock.of("exchange.respondStream($L, $S, $L);\n", status,
            route.responseMediaType(), value);
      case EVENT_STREAM:
        // exchange.respondEvents(200, "text/event-stream", result, Pet_JsonWriter::write);
        return CodeBlock.of("exchange.respondEvents($L, $S, $L, $L);\n", status,
            route.responseMediaType(), value, writerReference(type.element()));
      default:
        if (route.produces() != null) {
          // exchange.respondJson(200, "application/vnd.example+json", result, Item_JsonWriter::write);
          return CodeBlock.of("exchange.respondJson($L, $S, $L, $L);\n", status,
              route.produces(), value, writerReference(type));
        }
        return CodeBlock.of("exchange.respondJson($L, $L, $L);\n", status, value,
            writerReference(type));
    }
  }

  private CodeBlock writerReference(TypeModel type) {
    return WriteCode.writer(type);
  }

  private static CodeBlock declaredStatuses(RouteModel route) {
    List<CodeBlock> statuses = new ArrayList<>();
    statuses.add(CodeBlock.of("$L", route.status()));
    for (DeclaredResponseModel response : route.declaredResponses()) {
      if (response.status() != route.status()) {
        statuses.add(CodeBlock.of("$L", response.status()));
      }
    }
    return CodeBlock.join(statuses, ",$W");
  }
}
