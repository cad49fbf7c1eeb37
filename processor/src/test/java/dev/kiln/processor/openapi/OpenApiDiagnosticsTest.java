package dev.kiln.processor.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics of the OpenAPI document: each fails the compilation and writes no document. */
class OpenApiDiagnosticsTest {

  @Test
  void duplicateOperationIdNamesBothMethods() {
    JavaFileObject pets = source("Pets",
        "public class Pets {",
        "  @Get(\"/pets\")",
        "  public String list() { return \"\"; }",
        "}");
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Get(\"/users\")",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = compile(pets, users);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:duplicate-operation-id] The operationId \"list\" of "
            + "Users.list() is already the operationId of Pets.list(). The OpenAPI document "
            + "names operations after their methods, so method names must be unique across "
            + "handler classes; rename one of them.")
        .inFile(users)
        .onLineContaining("public String list()");
    assertThat(compilation)
        .hadErrorContaining("Or give one its own id: "
            + "@Get(value = \"/users\", operationId = \"listUsers\").");
  }

  @Test
  void ownOperationIdsLetTwoControllersShareAMethodName() {
    JavaFileObject pets = source("PetsController",
        "public class PetsController {",
        "  @Post(\"/pets\")",
        "  public String create() { return \"\"; }",
        "}");
    JavaFileObject users = source("UsersController",
        "public class UsersController {",
        "  @Post(value = \"/users\", operationId = \"createUser\")",
        "  public String create() { return \"\"; }",
        "}");

    Compilation compilation = compile(pets, users);

    assertThat(compilation).succeeded();
    String document = OpenApiTesting.document(compilation);
    org.assertj.core.api.Assertions.assertThat(document.replaceAll("\\s", ""))
        .contains("\"/pets\":{\"post\":{\"tags\":[\"PetsController\"],"
            + "\"operationId\":\"create\"")
        .contains("\"/users\":{\"post\":{\"tags\":[\"UsersController\"],"
            + "\"operationId\":\"createUser\"");
  }

  @Test
  void duplicateOwnOperationIdIsFlaggedOnItsValue() {
    JavaFileObject pets = source("Pets",
        "public class Pets {",
        "  @Get(value = \"/pets/{id}\", operationId = \"find\")",
        "  public String get(long id) { return \"\"; }",
        "}");
    JavaFileObject users = source("Users",
        "public class Users {",
        "  @Delete(",
        "      value = \"/users/{id}\",",
        "      operationId = \"find\")",
        "  public void remove(long id) {}",
        "}");

    Compilation compilation = compile(pets, users);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:duplicate-operation-id] The operationId \"find\" of "
            + "Users.remove() is already the operationId of Pets.get(). An operationId names one "
            + "operation of the OpenAPI document; choose another, e.g. "
            + "@Delete(value = \"/users/{id}\", operationId = \"removeUsers\").")
        .inFile(users)
        .onLineContaining("operationId = \"find\"");
  }

  @Test
  void duplicateSecurityScheme() {
    JavaFileObject pets = controller("Pets", "@SecurityScheme(name = \"api_key\", "
        + "type = SecurityScheme.Type.API_KEY, paramName = \"api_key\")");
    JavaFileObject users = controller("Users", "@SecurityScheme(name = \"api_key\", "
        + "type = SecurityScheme.Type.HTTP, scheme = \"basic\")");

    Compilation compilation = compile(pets, users);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:duplicate-security-scheme] @SecurityScheme(name = "
            + "\"api_key\") is declared more than once. Give each scheme its own name.")
        .inFile(users)
        .onLineContaining("type = SecurityScheme.Type.HTTP");
  }

  @Test
  void secondOpenApiInfo() {
    JavaFileObject pets = controller("Pets", "@OpenApiInfo(title = \"Pets\", version = \"1\")");
    JavaFileObject users =
        controller("Users", "@OpenApiInfo(title = \"Users\", version = \"1\")");

    Compilation compilation = compile(pets, users);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:duplicate-openapi-info] @OpenApiInfo is already on "
            + "test.Pets; an application has one. Remove one of them.")
        .inFile(users)
        .onLineContaining("public class Users");
  }

  @Test
  void possessiveQuantifierIsJavaOnly() {
    JavaFileObject form = source("Form",
        "public record Form(",
        "    @jakarta.validation.constraints.Pattern(regexp = \"a++b\") String code) {}");
    JavaFileObject handler = source("Forms",
        "public class Forms {",
        "  @Post(\"/forms\")",
        "  public void send(Form form) {}",
        "}");

    Compilation compilation = compile(form, handler);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:java-only-regex] @Pattern(regexp = \"a++b\") uses a "
            + "possessive quantifier (++), which JSON Schema's ECMA-262 patterns do not have, "
            + "so the OpenAPI document cannot state the rule. Write it with syntax both "
            + "understand.")
        .inFile(form)
        .onLineContaining("a++b");
  }

  @Test
  void javaCharacterClassOnAQueryParameterIsJavaOnly() {
    JavaFileObject handler = search(
        "      @jakarta.validation.constraints.Pattern(regexp = \"\\\\p{javaLetter}+\") String q");

    Compilation compilation = compile(handler);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("uses \\p{javaLetter} (a Java-only property class)")
        .inFile(handler)
        .onLineContaining("javaLetter");
  }

  @Test
  void expressiblePatternFlagsAreRewrittenIntoThePattern() {
    JavaFileObject handler = search(
        "      @jakarta.validation.constraints.Pattern(regexp = \"[a-z]+.\",",
        "      flags = {jakarta.validation.constraints.Pattern.Flag.CASE_INSENSITIVE,",
        "          jakarta.validation.constraints.Pattern.Flag.DOTALL}) String q");

    Compilation compilation = compile(handler);

    assertThat(compilation).succeeded();
    String document = OpenApiTesting.document(compilation);
    org.assertj.core.api.Assertions.assertThat(document.replaceAll("\\s", ""))
        .contains("\"pattern\":\"^(?:[a-zA-Z]+[\\\\s\\\\S])$\"")
        .doesNotContain("x-java-pattern");
  }

  @Test
  void patternFlagsWithoutRewriteAreRefusedOnTheFlags() {
    JavaFileObject handler = search(
        "      @jakarta.validation.constraints.Pattern(regexp = \"a$\",",
        "      flags = jakarta.validation.constraints.Pattern.Flag.MULTILINE) String q");

    Compilation compilation = compile(handler);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:java-only-regex] @Pattern(regexp = \"a$\") uses flags = "
            + "MULTILINE (JSON Schema patterns take no flags, and this one has no rewrite into "
            + "the expression)")
        .inFile(handler)
        .onLineContaining("Flag.MULTILINE");
  }

  @Test
  void unknownSecurityScheme() {
    JavaFileObject handler = source("Pets",
        "@SecurityScheme(name = \"api_key\", type = SecurityScheme.Type.API_KEY,",
        "    paramName = \"api_key\")",
        "public class Pets {",
        "  @Get(\"/pets\")",
        "  @SecurityRequirement(\"apikey\")",
        "  public String list() { return \"\"; }",
        "}");

    Compilation compilation = compile(handler);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[kiln:unknown-security-scheme] @SecurityRequirement(\"apikey\") "
            + "names no @SecurityScheme. Declared: api_key.")
        .inFile(handler)
        .onLineContaining("@SecurityRequirement(\"apikey\")");
  }

  /** Controller {@code name} under {@code annotation}, answering {@code GET /<name>}. */
  private static JavaFileObject controller(String name, String annotation) {
    return source(name, annotation,
        "public class " + name + " {",
        "  @Get(\"/" + name.toLowerCase(java.util.Locale.ROOT) + "\")",
        "  public String list" + name + "() { return \"\"; }",
        "}");
  }

  /** {@code test/Search.java}: {@code GET /search} answering {@code find(<parameter lines>)}. */
  private static JavaFileObject search(String... parameter) {
    List<String> lines = new ArrayList<>(List.of("public class Search {", "  @Get(\"/search\")",
        "  public String find("));
    lines.addAll(List.of(parameter));
    lines.addAll(List.of("  ) {", "    return q;", "  }", "}"));
    return source("Search", lines.toArray(new String[0]));
  }
}
