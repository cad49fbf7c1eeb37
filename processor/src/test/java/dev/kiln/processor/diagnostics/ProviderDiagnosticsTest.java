package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics of the provider graph: missing, ambiguous and cyclic providers, bad ones. */
class ProviderDiagnosticsTest {
  private static final JavaFileObject USER = source("User", "public record User(String name) {}");
  private static final JavaFileObject TEAM = source("Team", "public record Team(String name) {}");
  private static final JavaFileObject USING_USER = source("Items",
      "public class Items {",
      "  @Get(\"/items\")",
      "  public String list(User user) {",
      "    return user.name();",
      "  }",
      "}");

  @Test
  void missingProviderOfAHandlerParameter() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public String list(",
        "      @Depends User user) {",
        "    return user.name();",
        "  }",
        "}");

    Compilation compilation = compile(USER, items);

    assertOnlyError(compilation, items, "@Depends User user",
        "[kiln:missing-provider] No @Provides method provides User for "
            + "parameter user of Items.list. Add a @Provides method returning User to a class "
            + "compiled with it, or bind the parameter from the request with @Header, "
            + "@QueryParam, @Cookie or @PathParam.");
  }

  @Test
  void missingProviderOfAProviderParameter() {
    JavaFileObject deps = source("Deps",
        "public class Deps {",
        "  @Provides",
        "  static User user(",
        "      Team team) {",
        "    return new User(team.name());",
        "  }",
        "}");

    Compilation compilation = compile(USER, TEAM, deps, USING_USER);

    assertOnlyError(compilation, deps, "Team team",
        "[kiln:missing-provider] No @Provides method provides Team for "
            + "parameter team of Deps.user.");
  }

  @Test
  void qualifiedParameterWithoutItsProvider() {
    JavaFileObject admin = source("Admin", "@Qualifier @interface Admin {}");
    JavaFileObject deps = source("Deps",
        "public class Deps {",
        "  @Provides",
        "  static User user() {",
        "    return new User(\"x\");",
        "  }",
        "}");
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items\")",
        "  public String list(",
        "      @Admin User admin) {",
        "    return admin.name();",
        "  }",
        "}");

    Compilation compilation = compile(USER, admin, deps, items);

    assertOnlyError(compilation, items, "@Admin User admin",
        "[kiln:missing-provider] No @Provides method provides @Admin User "
            + "for parameter admin of Items.list.");
  }

  @Test
  void ambiguousProvidersAreFlaggedEach() {
    JavaFileObject deps = source("Deps",
        "public class Deps {",
        "  @Provides",
        "  static User fromHeader(@Header(\"X-User\") String name) {",
        "    return new User(name);",
        "  }",
        "",
        "  @Provides",
        "  static User fromCookie(@Cookie(\"user\") String name) {",
        "    return new User(name);",
        "  }",
        "}");

    Compilation compilation = compile(USER, deps, USING_USER);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[kiln:ambiguous-provider] Deps.fromHeader provides User, as "
            + "Deps.fromCookie does: a parameter of it cannot tell which to use. Keep one, or "
            + "tell them apart with a @Qualifier annotation on each provider and on the "
            + "parameters using them.")
        .inFile(deps)
        .onLineContaining("static User fromHeader");
    assertThat(compilation)
        .hadErrorContaining("[kiln:ambiguous-provider] Deps.fromCookie provides User, as "
            + "Deps.fromHeader does")
        .inFile(deps)
        .onLineContaining("static User fromCookie");
  }

  @Test
  void cycleIsFlaggedOnceNamingItsProviders() {
    JavaFileObject deps = source("Deps",
        "public class Deps {",
        "  @Provides",
        "  static User user(Team team) {",
        "    return new User(team.name());",
        "  }",
        "",
        "  @Provides",
        "  static Team team(User user) {",
        "    return new Team(user.name());",
        "  }",
        "}");

    Compilation compilation = compile(USER, TEAM, deps, USING_USER);

    assertOnlyError(compilation, deps, "static Team team",
        "[kiln:provider-cycle] Providers depend on each other in a cycle: "
            + "Deps.team -> Deps.user -> Deps.team. A provider cannot need its own value; break "
            + "the cycle by reading from the request what one of them needs.");
  }

  @Test
  void privateProvider() {
    JavaFileObject deps = source("Deps",
        "public class Deps {",
        "  @Provides",
        "  private static User user() {",
        "    return new User(\"x\");",
        "  }",
        "}");

    Compilation compilation = compile(USER, deps);

    assertOnlyError(compilation, deps, "private static User user",
        "[kiln:bad-provider] Deps.user cannot be a @Provides method: it is "
            + "private; make it package-private or public.");
  }

  @Test
  void voidAndGenericProviders() {
    JavaFileObject deps = source("Deps",
        "public class Deps {",
        "  @Provides",
        "  static void nothing() {",
        "  }",
        "",
        "  @Provides",
        "  static <T> List<T> anything() {",
        "    return List.of();",
        "  }",
        "}");

    Compilation compilation = compile(deps);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-provider] Deps.nothing cannot be a @Provides method: it "
            + "returns void; return the value it provides.")
        .inFile(deps).onLineContaining("static void nothing");
    assertThat(compilation)
        .hadErrorContaining("[kiln:bad-provider] Deps.anything cannot be a @Provides method: it "
            + "has type parameters; provide one concrete type per method.")
        .inFile(deps).onLineContaining("static <T> List<T> anything");
  }

  @Test
  void providerPathVariableTheRouteLacks() {
    JavaFileObject deps = source("Deps",
        "public class Deps {",
        "  @Provides",
        "  static User user(",
        "      @PathParam(\"userId\") String id) {",
        "    return new User(id);",
        "  }",
        "}");
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/items/{id}\")",
        "  public String get(long id, User user) {",
        "    return user.name();",
        "  }",
        "}");

    Compilation compilation = compile(USER, deps, items);

    assertOnlyError(compilation, deps, "@PathParam(\"userId\") String id",
        "[kiln:unknown-path-variable]");
  }

  /** Asserts that {@code compilation} failed of one error, {@code message}, on that line. */
  private static void assertOnlyError(Compilation compilation, JavaFileObject file, String line,
      String message) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}
