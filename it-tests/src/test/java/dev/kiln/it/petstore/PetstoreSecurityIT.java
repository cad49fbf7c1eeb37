package dev.kiln.it.petstore;

import static dev.kiln.it.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.petstore.PetstoreSecurity_Binder;
import dev.kiln.runtime.config.Config;
import dev.kiln.runtime.config.ConfigSource;
import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.runtime.security.Principal;
import dev.kiln.runtime.security.Security;
import dev.kiln.test.KilnTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Petstore's security, enforced as the reference declares it: every operation the reference
 * secures answers 401 with the challenges of its schemes without credentials, and accepts the
 * example app's demo credentials ({@code api_key: special-key}, the bearer token {@code
 * special-key} for {@code petstore_auth} with every scope), which are configurable.
 */
class PetstoreSecurityIT {
  private static final String BEARER = "Bearer realm=\"Petstore\"";
  private static final String API_KEY = "ApiKey realm=\"Petstore\", in=\"header\", name=\"api_key\"";

  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  private final Http anonymous = Http.of(APP);

  @Test
  void everyOperationTheReferenceSecuresAnswers401WithItsChallenges() throws IOException {
    OpenAPI reference = reference();
    List<String> secured = new ArrayList<>();
    reference.getPaths().forEach((template, item) -> item.readOperationsMap().forEach(
        (method, operation) -> {
          if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
          }
          String path = template.replace("{petId}", "1").replace("{orderId}", "1")
              .replace("{username}", "u");
          Http.Response answer = anonymous.send(method.name(), path, null, null);
          String what = method + " " + template;
          secured.add(what);
          assertThat(answer.status()).as(what).isEqualTo(401);
          assertThat(answer.header("WWW-Authenticate")).as(what)
              .isEqualTo(challenges(operation));
          assertThat(answer.contentType()).as(what).isEqualTo("application/problem+json");
          assertThat(answer.json().get("type").asString()).as(what)
              .isEqualTo("https://kiln.dev/problems/unauthorized");
        }));
    assertThat(secured).hasSize(9).contains("DELETE /pet/{petId}", "GET /store/inventory");
  }

  /** The challenges of an operation's requirements, in order (api_key, petstore_auth). */
  private static String challenges(Operation operation) {
    List<String> challenges = new ArrayList<>();
    for (SecurityRequirement requirement : operation.getSecurity()) {
      for (String scheme : requirement.keySet()) {
        challenges.add(scheme.equals("api_key") ? API_KEY : BEARER);
      }
    }
    return String.join(", ", challenges);
  }

  @Test
  void deletePetWithoutCredentialsIs401WithABearerChallenge() {
    Http.Response answer = anonymous.delete("/pet/1").assertProblem(401, problem("unauthorized",
        "Unauthorized", 401, "This operation needs a bearer token in Authorization "
            + "(petstore_auth, scopes write:pets read:pets).", "/pet/1"));
    assertThat(answer.header("WWW-Authenticate")).isEqualTo(BEARER);
    // the api_key header is a parameter of deletePet, not its credentials
    assertThat(anonymous.request("DELETE", "/pet/1", null, "api_key", "special-key").status())
        .isEqualTo(401);
  }

  @Test
  void aWrongTokenIsAnInvalidToken() {
    Http.Response answer = anonymous.request("DELETE", "/pet/1", null,
        "Authorization", "Bearer special-kez");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.header("WWW-Authenticate"))
        .isEqualTo(BEARER + ", error=\"invalid_token\"");
    assertThat(answer.json().get("detail").asString()).startsWith("The credentials sent are not "
        + "valid.").doesNotContain("special-kez");
  }

  @Test
  void theDemoTokenHasEveryScope() {
    Http authorized = Http.of(APP).with(Http.PETSTORE_TOKEN);
    authorized.postJson("/pet", PetIT.DOGGIE).assertOk(200, PetIT.DOGGIE_1);
    assertThat(authorized.get("/pet/findByStatus?status=available").status()).isEqualTo(200);
    Http.Response deleted = authorized.delete("/pet/1");
    assertThat(deleted.status()).isEqualTo(200);
    authorized.delete("/pet/1").assertProblem(404,
        problem("not-found", "Not Found", 404, "No pet 1.", "/pet/1"));
  }

  @Test
  void theDemoApiKeyOpensTheInventoryAndGetPetById() {
    anonymous.get("/store/inventory").assertProblem(401, problem("unauthorized", "Unauthorized",
        401, "This operation needs an API key in the header api_key (api_key).",
        "/store/inventory"));
    assertThat(anonymous.get("/store/inventory").header("WWW-Authenticate")).isEqualTo(API_KEY);
    assertThat(anonymous.get("/store/inventory", "api_key", "special-kez").status())
        .isEqualTo(401);
    // the inventory takes the key only: the token is no alternative there
    assertThat(anonymous.get("/store/inventory", "Authorization", "Bearer special-key")
        .status()).isEqualTo(401);
    Http.Response inventory = anonymous.get("/store/inventory", "api_key", "special-key");
    assertThat(inventory.status()).isEqualTo(200);
    assertThat(inventory.contentType()).isEqualTo("application/json");
    // getPetById takes either
    Http.Response byKey = anonymous.get("/pet/7", "api_key", "special-key");
    assertThat(byKey.status()).isEqualTo(404);
    Http.Response byToken = anonymous.get("/pet/7", "Authorization", "Bearer special-key");
    assertThat(byToken.status()).isEqualTo(404);
    assertThat(anonymous.get("/pet/7").header("WWW-Authenticate"))
        .isEqualTo(API_KEY + ", " + BEARER);
  }

  @Test
  void operationsTheReferenceLeavesOpenNeedNoCredentials() {
    Http.Response order = anonymous.get("/store/order/1");
    assertThat(order.status()).isEqualTo(404);
    assertThat(order.header("WWW-Authenticate")).isNull();
  }

  @Test
  void swaggerUisAuthorizeGetsTheDemoTokenFromTheImplicitFlow() {
    String redirect = "http://127.0.0.1:" + APP.client().port() + "/docs/oauth2-redirect.html";
    Http.Response granted = anonymous.get("/oauth/authorize?response_type=token&client_id=ui"
        + "&redirect_uri=" + redirect + "&scope=write:pets%20read:pets&state=s%201");
    assertThat(granted.status()).isEqualTo(302);
    assertThat(granted.header("Location")).isEqualTo(redirect + "#access_token=special-key"
        + "&token_type=Bearer&expires_in=3600&scope=write%3Apets%20read%3Apets&state=s%201");
    assertThat(granted.header("Cache-Control")).isEqualTo("no-store");
    // and the token it grants opens /pet
    assertThat(anonymous.get("/pet/findByStatus", "Authorization", "Bearer special-key")
        .status()).isEqualTo(200);

    anonymous.get("/oauth/authorize?response_type=token&redirect_uri=https://evil.example"
        + "/docs/oauth2-redirect.html").assertProblem(400, problem("invalid-request",
            "Bad Request", 400, "redirect_uri must be the oauth2-redirect.html of Swagger UI on "
                + "this server.", "/oauth/authorize"));
    assertThat(anonymous.get("/oauth/authorize?response_type=code&redirect_uri=" + redirect)
        .status()).isEqualTo(400);
  }

  @Test
  void theCredentialsAreConfigurable() throws Exception {
    Security configured = PetstoreSecurity_Binder.bind(Config.of(ConfigSource.environment(
        Map.of("PETSTORE_API_KEY", "key-2", "PETSTORE_ACCESS_TOKEN", "token-2")))).security();
    assertThat(configured.apiKey("api_key").check("key-2")).contains(Principal.of("api_key"));
    assertThat(configured.apiKey("api_key").check("special-key")).isEmpty();
    Optional<Principal> token = configured.bearer("petstore_auth").check("token-2");
    assertThat(token).isPresent();
    assertThat(token.get().scopes()).containsExactlyInAnyOrder("write:pets", "read:pets");
    assertThat(configured.bearer("petstore_auth").check("special-key")).isEmpty();
    Security defaults = PetstoreSecurity_Binder.bind(Config.of(ConfigSource.environment(
        Map.of()))).security();
    Security fromProperties = PetstoreSecurity_Binder.bind(Config.of(ConfigSource.map("test",
        Map.of("petstore.api-key", "key-3")))).security();
    assertThat(fromProperties.apiKey("api_key").check("key-3")).isPresent();
    assertThat(defaults.apiKey("api_key").check("special-key")).isPresent();
    assertThat(defaults.bearer("petstore_auth").check("special-key")).isPresent();
    assertThat(defaults.realm()).isEqualTo("Petstore");
  }

  private static OpenAPI reference() throws IOException {
    try (InputStream in = PetstoreSecurityIT.class.getClassLoader()
        .getResourceAsStream("petstore/openapi.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new OpenAPIV3Parser().readContents(yaml, null, null).getOpenAPI();
    }
  }
}
