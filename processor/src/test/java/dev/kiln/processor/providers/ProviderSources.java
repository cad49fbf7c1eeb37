package dev.kiln.processor.providers;

import static dev.kiln.processor.testing.Compilations.source;

import javax.tools.JavaFileObject;

/**
 * A controller using providers, shared by the provider tests: {@code Trace} is used by two other
 * providers and by the handler (computed once per request), {@code User} answers 401 with {@code
 * WWW-Authenticate} without the bearer token, an {@code @Admin} qualified {@code User} 403 for
 * anyone but alice, and {@code Shelf} reads a path variable.
 */
public final class ProviderSources {
  private ProviderSources() {}

  public static JavaFileObject[] all() {
    return new JavaFileObject[] {
        source("Admin", "@Qualifier", "@interface Admin {}"),
        source("Calls", "public final class Calls {",
            "  public static final java.util.concurrent.atomic.AtomicInteger TRACES =",
            "      new java.util.concurrent.atomic.AtomicInteger();",
            "}"),
        source("Trace", "public record Trace(int number, String label) {}"),
        source("User", "public record User(String name, Trace trace) {}"),
        source("Audit", "public record Audit(String path, Trace trace) {}"),
        source("Shelf", "public record Shelf(long id) {}"),
        source("Me", "public record Me(String name, int userTrace, int auditTrace, int trace,",
            "    String path, String label) {}"),
        source("Deps",
            "import dev.kiln.runtime.*;",
            "public final class Deps {",
            "  private final String token;",
            "",
            "  public Deps(String token) {",
            "    this.token = token;",
            "  }",
            "",
            "  @Provides",
            "  public static Trace trace(@Header(\"X-Trace\") Optional<String> label) {",
            "    return new Trace(Calls.TRACES.incrementAndGet(), label.orElse(\"none\"));",
            "  }",
            "",
            "  @Provides",
            "  @ApiResponse(status = 401, description = \"No valid bearer token\")",
            "  public User user(@Header(\"Authorization\") Optional<String> authorization,",
            "      Trace trace) {",
            "    if (!authorization.equals(Optional.of(\"Bearer \" + token))) {",
            "      throw new ProblemException(Problem.of(401, \"A bearer token is needed.\"),",
            "          Map.of(\"WWW-Authenticate\", \"Bearer realm=\\\"test\\\"\"));",
            "    }",
            "    return new User(\"alice\", trace);",
            "  }",
            "",
            "  @Provides",
            "  @Admin",
            "  @ApiResponse(status = 403, description = \"Not an administrator\")",
            "  static User admin(User user) {",
            "    if (!user.name().equals(\"alice\")) {",
            "      throw new ProblemException(Problem.of(403, \"Administrators only.\"));",
            "    }",
            "    return user;",
            "  }",
            "",
            "  @Provides",
            "  static Audit audit(Exchange exchange, Trace trace) {",
            "    return new Audit(exchange.rawPath(), trace);",
            "  }",
            "",
            "  @Provides",
            "  static Shelf shelf(@PathParam(\"shelf\") long id) {",
            "    return new Shelf(id);",
            "  }",
            "}"),
        source("MeController",
            "@Path(\"/me\")",
            "public class MeController {",
            "  @Get",
            "  public Me me(User user, Audit audit, Trace trace) {",
            "    return new Me(user.name(), user.trace().number(), audit.trace().number(),",
            "        trace.number(), audit.path(), trace.label());",
            "  }",
            "",
            "  @Get(\"/admin\")",
            "  public String admin(@Admin User admin) {",
            "    return \"hello \" + admin.name();",
            "  }",
            "",
            "  @Get(\"/shelves/{shelf}\")",
            "  public String shelf(@Depends Shelf shelf, @QueryParam(\"q\") Optional<String> q) {",
            "    return \"shelf \" + shelf.id() + q.map(x -> \" \" + x).orElse(\"\");",
            "  }",
            "}"),
        // a test's replacement of a provider: a subclass of the generated Deps_Providers
        source("FakeDeps",
            "public class FakeDeps extends Deps_Providers {",
            "  public FakeDeps() {",
            "    super(new Deps(\"unused\"));",
            "  }",
            "",
            "  @Override",
            "  public User user(Optional<String> authorization, Trace trace) {",
            "    return new User(\"bob\", trace);",
            "  }",
            "}"),
    };
  }
}
