package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.DependencyPlan;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.ProviderKey;
import dev.kiln.processor.model.ProviderModel;
import dev.kiln.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The provider side of a routes class: the {@code _Providers} it takes, and the statements of a
 * route method computing each provided value once, dependencies first, before the handler's own
 * parameters are bound.
 */
final class ProviderCode {
  private final DependencyPlan plan;
  private final HelperMethods helpers;

  ProviderCode(DependencyPlan plan, HelperMethods helpers) {
    this.plan = plan;
    this.helpers = helpers;
  }

  // private final Auth_Providers authProviders;
  // public Items_Routes(Items controller, Auth_Providers authProviders) {...}
  // public Items_Routes(Items controller) { this(controller, new Auth_Providers()); }
  /** Adds the providers' fields and the constructors taking them to the routes class. */
  void addConstructors(TypeSpec.Builder spec, ClassName controllerClass) {
    MethodSpec.Builder full = MethodSpec.constructorBuilder()
        .addJavadoc("Routes whose requests {@code controller}'s handler methods respond to, with "
            + "values of the given providers (pass a subclass to replace a provider).\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(controllerClass, "controller")
        .addStatement("this.controller = $T.requireNonNull(controller, $S)",
            RuntimeTypes.OBJECTS, "controller");
    List<CodeBlock> made = new ArrayList<>();
    for (TypeElement owner : plan.classes()) {
      ClassName providers = Names.providers(ClassName.get(owner));
      String field = field(owner);
      spec.addField(FieldSpec.builder(providers, field, Modifier.PRIVATE, Modifier.FINAL).build());
      full.addParameter(providers, field)
          .addStatement("this.$N = $T.requireNonNull($N, $S)", field, RuntimeTypes.OBJECTS,
              field, field);
      made.add(CodeBlock.of("new $T()", providers));
    }
    spec.addMethod(full.build());
    if (plan.allStatic()) {
      spec.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("Routes whose requests {@code controller}'s handler methods respond to, with "
              + "the static providers they use.\n")
          .addModifiers(Modifier.PUBLIC)
          .addParameter(controllerClass, "controller")
          .addStatement("this(controller, $L)", CodeBlock.join(made, ",$W"))
          .build());
    }
  }

  // // User: Auth.currentUser
  // Optional<String> authorization = Optional.ofNullable(exchange.header("Authorization"));
  // User currentUser = this.authProviders.currentUser(authorization);
  // // Page: Paging.page (its parameters may be wrong: not called then, as FastAPI does)
  // int size = Params.toInt(exchange.errors(), ParamIn.QUERY, "size", exchange.queryParam("size"));
  // Page page = exchange.errors().isEmpty() ? this.pagingProviders.page(size) : null;
  /**
   * The statements computing the values {@code route}'s providers make into locals; the
   * provided locals by key go to {@code provided}. Once binding a provider's parameters has
   * recorded an error, no further provider is called (its local is {@code null}, or zero): the
   * route goes on binding and reading the body, and answers every error at once before calling
   * the handler.
   */
  CodeBlock compute(RouteModel route, NameAllocator locals, Map<ProviderKey, String> provided) {
    CodeBlock.Builder code = CodeBlock.builder();
    provided.put(ProviderKey.EXCHANGE, "exchange");
    boolean errors = false;
    for (ProviderModel provider : plan.of(route)) {
      code.add("// $L: $L\n", provider.key().describe(), provider.describe());
      List<CodeBlock> arguments = new ArrayList<>();
      List<ParamModel> read = new ArrayList<>();
      for (ParamModel param : provider.params()) {
        if (param.kind() == ParamKind.DEPENDENCY) {
          arguments.add(CodeBlock.of("$N", local(param, provided)));
          continue;
        }
        String local = locals.newName(param.javaName());
        code.add(new ParamBinding(helpers).bind(param, local, locals,
            route.template().variables()));
        arguments.add(CodeBlock.of("$N", local));
        read.add(param);
      }
      errors |= RoutesFile.mayRecordErrors(read);
      String value = locals.newName(provider.methodName());
      CodeBlock call = CodeBlock.of("this.$N.$N($L)", field(provider.owner()),
          provider.methodName(), CodeBlock.join(arguments, ",$W"));
      TypeName type = TypeName.get(provider.method().getReturnType());
      if (errors) {
        code.addStatement("$T $N = exchange.errors().isEmpty()$W? $L$W: $L", type, value, call,
            type.isPrimitive() ? zero(type) : "null");
      } else {
        code.addStatement("$T $N = $L", type, value, call);
      }
      provided.put(provider.key(), value);
    }
    return code.build();
  }

  /** Whether binding what {@code route}'s providers read may record an error. */
  boolean recordsErrors(RouteModel route) {
    List<ParamModel> read = new ArrayList<>();
    plan.of(route).forEach(provider -> provider.params().stream()
        .filter(param -> param.kind() != ParamKind.DEPENDENCY).forEach(read::add));
    return RoutesFile.mayRecordErrors(read);
  }

  /** The zero of a primitive type: a placeholder never passed to the handler. */
  private static String zero(TypeName type) {
    return type.equals(TypeName.BOOLEAN) ? "false" : type.equals(TypeName.CHAR) ? "'\\0'" : "0";
  }

  /** The local holding the value a handler parameter receives from a provider. */
  static String local(ParamModel param, Map<ProviderKey, String> provided) {
    return provided.get(ProviderKey.of(param.element()));
  }

  /** {@code authProviders} for {@code Auth}: the field and constructor parameter. */
  private static String field(TypeElement owner) {
    String simple = String.join("", ClassName.get(owner).simpleNames());
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "Providers";
  }

  /** A map of provided locals, for {@link #compute}. */
  static Map<ProviderKey, String> locals() {
    return new HashMap<>();
  }
}
