package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The compile errors of enforced security, each with its message, file and line. */
class SecurityDiagnosticsTest {

  /**
   * Compiling {@code source} (with {@code others}) fails with one error, {@code message}, on
   * {@code line} of {@code source}.
   */
  private static void assertOneError(JavaFileObject source, String message, String line,
      JavaFileObject... others) {
    JavaFileObject[] all = new JavaFileObject[others.length + 1];
    all[0] = source;
    System.arraycopy(others, 0, all, 1, others.length);
    Compilation compilation = compile(all);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void aPrincipalWithoutSecurityIsAnErrorOnTheParameter() {
    assertOneError(source("Open",
        "import dev.kiln.runtime.security.Principal;",
        "public class Open {",
        "  @Get(\"/open\")",
        "  public String open(Principal who) { return \"\"; }",
        "}"),
        "[kiln:principal-without-security] open(who) takes the authenticated Principal, but "
            + "GET /open requires no security, so there is none. Add a @SecurityRequirement to "
            + "the operation, its class or a provider it uses.",
        "Principal who");
  }

  @Test
  void aProviderTakingThePrincipalOfAnOpenOperationIsAnErrorOnItsParameter() {
    JavaFileObject users = source("Users",
        "import dev.kiln.runtime.security.Principal;",
        "public final class Users {",
        "  @Provides",
        "  public static String userName(Principal principal) { return principal.name(); }",
        "}");
    assertOneError(users, "[kiln:principal-without-security] Users.userName(principal) takes "
        + "the authenticated Principal, but GET /name requires no security",
        "Principal principal", source("OpenName",
            "public class OpenName {",
            "  @Get(\"/name\")",
            "  public String name(@Depends String userName) { return userName; }",
            "}"));
  }

  @Test
  void aSchemeKilnCannotCheckIsAnErrorWhereItIsRequired() {
    assertOneError(source("Digest",
        "@SecurityScheme(name = \"digest\", type = SecurityScheme.Type.HTTP, scheme = \"digest\")",
        "public class Digest {",
        "  @Get(\"/digest\")",
        "  @SecurityRequirement(\"digest\")",
        "  public String digest() { return \"\"; }",
        "}"),
        "[kiln:unenforceable-security-scheme] @SecurityRequirement(\"digest\") requires the HTTP "
            + "authentication scheme \"digest\", which Kiln cannot check. Kiln enforces apiKey "
            + "schemes with a paramName, http bearer and basic, oauth2 and openIdConnect: "
            + "require one of those.",
        "@SecurityRequirement(\"digest\")");
  }

  @Test
  void anApiKeyWithoutAParamNameCannotBeChecked() {
    assertOneError(source("Nameless",
        "@SecurityScheme(name = \"key\", type = SecurityScheme.Type.API_KEY)",
        "public class Nameless {",
        "  @Get(\"/nameless\")",
        "  @SecurityRequirement(\"key\")",
        "  public String nameless() { return \"\"; }",
        "}"),
        "[kiln:unenforceable-security-scheme] @SecurityRequirement(\"key\") requires an API key "
            + "without a paramName (where does it travel?)",
        "@SecurityRequirement(\"key\")");
  }

  @Test
  void aClassRequirementNamingNoSchemeIsReportedOnce() {
    assertOneError(source("Twice",
        "@SecurityRequirement(\"missing\")",
        "public class Twice {",
        "  @Get(\"/a\") public String a() { return \"\"; }",
        "  @Get(\"/b\") public String b() { return \"\"; }",
        "}"),
        "[kiln:unknown-security-scheme] @SecurityRequirement(\"missing\") names no "
            + "@SecurityScheme. Declared: none.",
        "@SecurityRequirement(\"missing\")");
  }
}
