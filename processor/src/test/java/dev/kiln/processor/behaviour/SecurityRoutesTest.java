package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteGroup;
import dev.kiln.runtime.security.ApiKeyCheck;
import dev.kiln.runtime.security.PasswordCheck;
import dev.kiln.runtime.security.Principal;
import dev.kiln.runtime.security.Security;
import dev.kiln.runtime.security.TokenCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @SecurityRequirement}s enforced by the generated routes, per scheme (API key in a
 * header, query parameter or cookie; HTTP bearer; HTTP basic; OAuth 2 with scopes): missing,
 * wrong and right credentials with the exact status, {@code WWW-Authenticate} and problem;
 * alternatives, the optional requirement and the public override; the document's {@code
 * security} and {@code securitySchemes}; the server's start check.
 */
class SecurityRoutesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Compilation compilation;
  private static KilnServer server;
  private static String base;

  static JavaFileObject vault() {
    return source("Vault",
        "@SecurityScheme(name = \"header_key\", type = SecurityScheme.Type.API_KEY,",
        "    paramName = \"X-Api-Key\")",
        "@SecurityScheme(name = \"query_key\", type = SecurityScheme.Type.API_KEY,",
        "    in = SecurityScheme.In.QUERY, paramName = \"key\")",
        "@SecurityScheme(name = \"cookie_key\", type = SecurityScheme.Type.API_KEY,",
        "    in = SecurityScheme.In.COOKIE, paramName = \"session\")",
        "@SecurityScheme(name = \"bearer\", type = SecurityScheme.Type.HTTP, scheme = \"bearer\")",
        "@SecurityScheme(name = \"basic\", type = SecurityScheme.Type.HTTP, scheme = \"Basic\")",
        "@SecurityScheme(name = \"oauth\", type = SecurityScheme.Type.OAUTH2, flows =",
        "    @SecurityScheme.Flow(type = SecurityScheme.FlowType.CLIENT_CREDENTIALS,",
        "        tokenUrl = \"https://auth.example/token\", scopes = {\"read\", \"write\"}))",
        "@SecurityRequirement(\"header_key\")",
        "@Path(\"/vault\")",
        "public class Vault {",
        "  @Get(\"/header\")",
        "  public String header(@QueryParam(\"n\") int n) { return \"header \" + n; }",
        "",
        "  @Get(\"/query\")",
        "  @SecurityRequirement(\"query_key\")",
        "  public String query() { return \"query\"; }",
        "",
        "  @Get(\"/cookie\")",
        "  @SecurityRequirement(\"cookie_key\")",
        "  public String cookie() { return \"cookie\"; }",
        "",
        "  @Get(\"/bearer\")",
        "  @SecurityRequirement(\"bearer\")",
        "  public String bearer() { return \"bearer\"; }",
        "",
        "  @Get(\"/basic\")",
        "  @SecurityRequirement(\"basic\")",
        "  public String basic() { return \"basic\"; }",
        "",
        "  @Delete(\"/oauth\")",
        "  @SecurityRequirement(value = \"oauth\", scopes = {\"read\", \"write\"})",
        "  public String oauth() { return \"oauth\"; }",
        "",
        "  @Get(\"/either\")",
        "  @SecurityRequirement(\"header_key\")",
        "  @SecurityRequirement(value = \"oauth\", scopes = \"write\")",
        "  public String either() { return \"either\"; }",
        "",
        "  @Get(\"/optional\")",
        "  @SecurityRequirements(value = @SecurityRequirement(\"bearer\"), optional = true)",
        "  public String optional() { return \"optional\"; }",
        "",
        "  @Get(\"/public\")",
        "  @SecurityRequirements({})",
        "  public String open() { return \"public\"; }",
        "}");
  }

  static JavaFileObject profile() {
    return source("Profile",
        "import dev.kiln.runtime.security.Principal;",
        "@Path(\"/profile\")",
        "public class Profile {",
        "  @Get(\"/account\")",
        "  public String account(Account account) { return \"account \" + account.name(); }",
        "",
        "  @Get(\"/who\")",
        "  @SecurityRequirement(\"basic\")",
        "  public String who(Principal principal) { return principal.name(); }",
        "",
        "  @Get(\"/maybe\")",
        "  @SecurityRequirements(value = @SecurityRequirement(\"bearer\"), optional = true)",
        "  public String maybe(Principal principal) {",
        "    return principal == null ? \"anonymous\" : principal.name();",
        "  }",
        "}");
  }

  /** A scheme as a provider: its requirement, and the account of the principal it checked. */
  static JavaFileObject accounts() {
    return source("Accounts",
        "import dev.kiln.runtime.security.Principal;",
        "public final class Accounts {",
        "  @Provides",
        "  @SecurityRequirement(value = \"oauth\", scopes = \"read\")",
        "  public static Account account(Principal principal) {",
        "    return new Account(principal.name() + \" \" + new TreeSet<>(principal.scopes()));",
        "  }",
        "}");
  }

  static Security security() {
    return Security.builder()
        .apiKey("header_key", ApiKeyCheck.of("h-key", Principal.of("header-client")))
        .apiKey("query_key", ApiKeyCheck.of("q-key", Principal.of("query-client")))
        .apiKey("cookie_key", ApiKeyCheck.of("c-key", Principal.of("cookie-client")))
        .bearer("bearer", TokenCheck.of("b-token", Principal.of("bearer-client")))
        .basic("basic", PasswordCheck.of("aladdin", "open sesame", Principal.of("aladdin")))
        .bearer("oauth", token -> token.equals("all") ? Optional.of(Principal.of("o", "read",
            "write")) : token.equals("read-only") ? Optional.of(Principal.of("o", "read"))
            : Optional.empty())
        .build();
  }

  static RouteGroup routes(Compilation compiled) throws Exception {
    ClassLoader loader = new GeneratedClassLoader(compiled);
    Object handler = loader.loadClass("test.Vault").getConstructor().newInstance();
    return (RouteGroup) loader.loadClass("test.Vault_Routes")
        .getConstructor(handler.getClass()).newInstance(handler);
  }

  @BeforeAll
  static void start() throws Exception {
    compilation = compile(vault(), profile(), accounts(),
        source("Account", "public record Account(String name) {}"));
    assertThat(compilation).succeeded();
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Object profile = loader.loadClass("test.Profile").getConstructor().newInstance();
    RouteGroup profileRoutes = (RouteGroup) loader.loadClass("test.Profile_Routes")
        .getConstructor(profile.getClass()).newInstance(profile);
    server = KilnServer.builder().port(0).shutdownTimeout(Duration.ofSeconds(1))
        .routes(routes(compilation), profileRoutes).security(security()).start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    return send("GET", path, headers);
  }

  /** Asserts a problem answer: status, content type, type and title, and its challenge. */
  private static JsonNode assertProblem(HttpResponse<String> response, int status,
      String challenge) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .isEqualTo(Optional.ofNullable(challenge));
    JsonNode problem = MAPPER.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isEqualTo("https://kiln.dev/problems/"
        + (status == 401 ? "unauthorized" : "forbidden"));
    assertThat(problem.get("title").asText())
        .isEqualTo(status == 401 ? "Unauthorized" : "Forbidden");
    return problem;
  }

  private static String basic(String userAndPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(
        userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anApiKeyInAHeaderIsChecked() throws Exception {
    String challenge = "ApiKey realm=\"api\", in=\"header\", name=\"X-Api-Key\"";
    JsonNode missing = assertProblem(get("/vault/header?n=1"), 401, challenge);
    assertThat(missing.get("detail").asText()).isEqualTo("This operation needs an API key in "
        + "the header X-Api-Key (header_key).");
    assertThat(missing.get("instance").asText()).isEqualTo("/vault/header");
    JsonNode wrong = assertProblem(get("/vault/header?n=1", "X-Api-Key", "h-kez"), 401,
        challenge);
    assertThat(wrong.get("detail").asText()).startsWith("The credentials sent are not valid. ")
        .doesNotContain("h-kez");
    HttpResponse<String> right = get("/vault/header?n=1", "X-Api-Key", "h-key");
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).isEqualTo("header 1");
  }

  @Test
  void credentialsAreCheckedBeforeTheParameters() throws Exception {
    assertProblem(get("/vault/header?n=x"), 401,
        "ApiKey realm=\"api\", in=\"header\", name=\"X-Api-Key\"");
    assertThat(get("/vault/header?n=x", "X-Api-Key", "h-key").statusCode()).isEqualTo(400);
  }

  @Test
  void anApiKeyInAQueryParameterIsChecked() throws Exception {
    String challenge = "ApiKey realm=\"api\", in=\"query\", name=\"key\"";
    assertProblem(get("/vault/query"), 401, challenge);
    assertProblem(get("/vault/query?key=q-kez"), 401, challenge);
    // the method's requirement replaces the class's: the header key is not one
    assertProblem(get("/vault/query", "X-Api-Key", "h-key"), 401, challenge);
    assertThat(get("/vault/query?key=q-key").body()).isEqualTo("query");
  }

  @Test
  void anApiKeyInACookieIsChecked() throws Exception {
    String challenge = "ApiKey realm=\"api\", in=\"cookie\", name=\"session\"";
    assertProblem(get("/vault/cookie"), 401, challenge);
    assertProblem(get("/vault/cookie", "Cookie", "session=c-kez"), 401, challenge);
    HttpResponse<String> right = get("/vault/cookie", "Cookie", "a=1; session=c-key");
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).isEqualTo("cookie");
  }

  @Test
  void aBearerTokenIsChecked() throws Exception {
    assertProblem(get("/vault/bearer"), 401, "Bearer realm=\"api\"");
    assertProblem(get("/vault/bearer", "Authorization", "Basic YTpi"), 401,
        "Bearer realm=\"api\"");
    assertProblem(get("/vault/bearer", "Authorization", "Bearer b-tokem"), 401,
        "Bearer realm=\"api\", error=\"invalid_token\"");
    assertProblem(get("/vault/bearer", "Authorization", "Bearer b token"), 401,
        "Bearer realm=\"api\", error=\"invalid_token\"");
    assertThat(get("/vault/bearer", "Authorization", "Bearer b-token").body())
        .isEqualTo("bearer");
    // the scheme name is case-insensitive (RFC 9110 section 11.1)
    assertThat(get("/vault/bearer", "Authorization", "bearer b-token").statusCode())
        .isEqualTo(200);
  }

  @Test
  void basicCredentialsAreChecked() throws Exception {
    String challenge = "Basic realm=\"api\", charset=\"UTF-8\"";
    assertProblem(get("/vault/basic"), 401, challenge);
    assertProblem(get("/vault/basic", "Authorization", basic("aladdin:open sesamE")), 401,
        challenge);
    assertProblem(get("/vault/basic", "Authorization", basic("aladdin")), 401, challenge);
    assertProblem(get("/vault/basic", "Authorization", "Basic %%%"), 401, challenge);
    HttpResponse<String> right = get("/vault/basic", "Authorization",
        basic("aladdin:open sesame"));
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).isEqualTo("basic");
  }

  @Test
  void oauthScopesAreChecked() throws Exception {
    assertProblem(send("DELETE", "/vault/oauth"), 401, "Bearer realm=\"api\"");
    assertProblem(send("DELETE", "/vault/oauth", "Authorization", "Bearer nope"), 401,
        "Bearer realm=\"api\", error=\"invalid_token\"");
    JsonNode lacking = assertProblem(send("DELETE", "/vault/oauth", "Authorization",
        "Bearer read-only"), 403,
        "Bearer realm=\"api\", error=\"insufficient_scope\", scope=\"read write\"");
    assertThat(lacking.get("detail").asText()).isEqualTo("The credentials sent lack a scope "
        + "this operation needs: read write (oauth).");
    assertThat(send("DELETE", "/vault/oauth", "Authorization", "Bearer all").body())
        .isEqualTo("oauth");
  }

  @Test
  void anyOneOfSeveralRequirementsSuffices() throws Exception {
    String challenge = "ApiKey realm=\"api\", in=\"header\", name=\"X-Api-Key\", "
        + "Bearer realm=\"api\"";
    JsonNode missing = assertProblem(get("/vault/either"), 401, challenge);
    assertThat(missing.get("detail").asText()).isEqualTo("This operation needs an API key in "
        + "the header X-Api-Key (header_key), or a bearer token in Authorization (oauth, scopes "
        + "write).");
    assertThat(get("/vault/either", "X-Api-Key", "h-key").body()).isEqualTo("either");
    assertThat(get("/vault/either", "Authorization", "Bearer all").body()).isEqualTo("either");
    assertProblem(get("/vault/either", "Authorization", "Bearer read-only"), 403,
        "Bearer realm=\"api\", error=\"insufficient_scope\", scope=\"write\"");
    // a valid alternative wins over a lacking one
    assertThat(get("/vault/either", "Authorization", "Bearer read-only", "X-Api-Key", "h-key")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void anOptionalRequirementAcceptsNoCredentialsButNotWrongOnes() throws Exception {
    assertThat(get("/vault/optional").body()).isEqualTo("optional");
    assertThat(get("/vault/optional", "Authorization", "Bearer b-token").statusCode())
        .isEqualTo(200);
    assertProblem(get("/vault/optional", "Authorization", "Bearer wrong"), 401,
        "Bearer realm=\"api\", error=\"invalid_token\"");
  }

  @Test
  void anEmptyContainerMakesAnOperationPublic() throws Exception {
    HttpResponse<String> open = get("/vault/public");
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.body()).isEqualTo("public");
  }

  @Test
  void aHandlerTakesThePrincipalItsCredentialsMadeOrNullWhenOptional() throws Exception {
    assertThat(get("/profile/who", "Authorization", basic("aladdin:open sesame")).body())
        .isEqualTo("aladdin");
    assertProblem(get("/profile/who"), 401, "Basic realm=\"api\", charset=\"UTF-8\"");
    assertThat(get("/profile/maybe").body()).isEqualTo("anonymous");
    assertThat(get("/profile/maybe", "Authorization", "Bearer b-token").body())
        .isEqualTo("bearer-client");
  }

  @Test
  void aProviderWithARequirementSecuresTheOperationsUsingItAndTakesThePrincipal()
      throws Exception {
    assertThat(get("/profile/account", "Authorization", "Bearer all").body())
        .isEqualTo("account o [read, write]");
    assertProblem(get("/profile/account"), 401, "Bearer realm=\"api\"");
    assertThat(get("/profile/account", "Authorization", "Bearer read-only").body())
        .isEqualTo("account o [read]");
  }


  @Test
  void theDocumentStatesEachOperationsSecurityAndItsAnswers() throws Exception {
    JsonNode document = MAPPER.readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/kiln/openapi.json").orElseThrow().getCharContent(true).toString());
    JsonNode paths = document.get("paths");
    assertThat(paths.at("/~1vault~1header/get/security")).isEqualTo(
        MAPPER.readTree("[{\"header_key\":[]}]"));
    assertThat(paths.at("/~1vault~1either/get/security")).isEqualTo(
        MAPPER.readTree("[{\"header_key\":[]},{\"oauth\":[\"write\"]}]"));
    assertThat(paths.at("/~1vault~1optional/get/security")).isEqualTo(
        MAPPER.readTree("[{\"bearer\":[]},{}]"));
    assertThat(paths.at("/~1vault~1public/get").has("security")).isFalse();
    assertThat(paths.at("/~1profile~1account/get/security")).isEqualTo(
        MAPPER.readTree("[{\"oauth\":[\"read\"]}]"));
    assertThat(paths.at("/~1profile~1account/get").has("parameters")).isFalse();
    assertThat(paths.at("/~1vault~1public/get/responses").has("401")).isFalse();
    assertThat(paths.at("/~1vault~1header/get/responses/401/$ref").asText())
        .isEqualTo("#/components/responses/Unauthorized");
    assertThat(paths.at("/~1vault~1header/get/responses").has("403")).isFalse();
    assertThat(paths.at("/~1vault~1oauth/delete/responses/403/$ref").asText())
        .isEqualTo("#/components/responses/Forbidden");
    assertThat(document.at("/components/responses/Unauthorized/headers/WWW-Authenticate"
        + "/required").asBoolean()).isTrue();
    assertThat(document.at("/components/securitySchemes/query_key")).isEqualTo(
        MAPPER.readTree("{\"type\":\"apiKey\",\"name\":\"key\",\"in\":\"query\"}"));
    assertThat(document.at("/components/securitySchemes/basic")).isEqualTo(
        MAPPER.readTree("{\"type\":\"http\",\"scheme\":\"Basic\"}"));
  }

  @Test
  void aServerWithoutACheckOfARequiredSchemeDoesNotStart() throws Exception {
    RouteGroup routes = routes(compilation);
    assertThatThrownBy(() -> KilnServer.builder().port(0).routes(routes).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Operations require the security scheme header_key (API_KEY), which has no "
            + "check: give the server one with KilnServer.builder().security(Security.builder()"
            + ".apiKey(\"header_key\", ...).build())");
    Security wrongKind = Security.builder()
        .bearer("header_key", TokenCheck.of("t", Principal.of("x"))).build();
    assertThatThrownBy(() -> KilnServer.builder().port(0).routes(routes).security(wrongKind)
        .handler())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("header_key (API_KEY), which has a check of another kind");
  }
}
