package dev.kiln.processor.providers;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteGroup;
import dev.kiln.runtime.security.Principal;
import dev.kiln.runtime.security.Security;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Providers at run time: the compiled {@link ProviderSources} served by a real server, one with
 * the app's providers and one with a test's replacement of the {@code User} provider.
 */
class ProvidersHttpTest {
  private static final String PROBLEM = "application/problem+json";
  private static KilnServer server;
  private static KilnServer overridden;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    Compilation compilation = Compilations.compile(ProviderSources.all());
    assertThat(compilation).succeeded();
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Class<?> controllerClass = loader.loadClass("test.MeController");
    Class<?> providersClass = loader.loadClass("test.Deps_Providers");
    Object deps = loader.loadClass("test.Deps").getConstructor(String.class)
        .newInstance("s3cret");
    Object providers = providersClass.getConstructor(deps.getClass()).newInstance(deps);
    Object fake = loader.loadClass("test.FakeDeps").getConstructor().newInstance();
    var routes = loader.loadClass("test.MeController_Routes")
        .getConstructor(controllerClass, providersClass);
    server = start((RouteGroup) routes.newInstance(
        controllerClass.getConstructor().newInstance(), providers));
    overridden = start((RouteGroup) routes.newInstance(
        controllerClass.getConstructor().newInstance(), fake));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static KilnServer start(RouteGroup routes) throws Exception {
    // the user provider requires the scheme bearer and checks the token itself: the server's
    // check of the scheme accepts any well-formed token
    Security anyToken = Security.builder().realm("test")
        .bearer("bearer", token -> Optional.of(Principal.of(token))).build();
    return KilnServer.builder().host("127.0.0.1").port(0).shutdownTimeout(Duration.ofSeconds(1))
        .routes(routes).security(anyToken).start();
  }

  @AfterAll
  static void stop() {
    for (KilnServer running : new KilnServer[] {server, overridden}) {
      if (running != null) {
        running.close();
      }
    }
  }

  @Test
  void aValueUsedByTwoProvidersAndTheHandlerIsComputedOncePerRequest() throws Exception {
    HttpResponse<String> first = get(server, "/me", "Authorization", "Bearer s3cret",
        "X-Trace", "t1");
    HttpResponse<String> second = get(server, "/me", "Authorization", "Bearer s3cret");

    assertThat(first.statusCode()).isEqualTo(200);
    int n = Integer.parseInt(first.body().replaceAll(".*\"trace\":(\\d+).*", "$1"));
    assertThat(first.body()).isEqualTo("{\"name\":\"alice\",\"userTrace\":" + n
        + ",\"auditTrace\":" + n + ",\"trace\":" + n + ",\"path\":\"/me\",\"label\":\"t1\"}");
    int m = n + 1; // the next request computes it again, once
    assertThat(second.body()).isEqualTo("{\"name\":\"alice\",\"userTrace\":" + m
        + ",\"auditTrace\":" + m + ",\"trace\":" + m + ",\"path\":\"/me\",\"label\":\"none\"}");
  }

  @Test
  void aProviderFailureIsAProblemWithItsHeaders() throws Exception {
    HttpResponse<String> response = get(server, "/me", "Authorization", "Bearer wrong");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"test\"");
    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    assertThat(response.body()).isEqualTo(
        "{\"type\":\"https://kiln.dev/problems/unauthorized\",\"title\":\"Unauthorized\","
        + "\"status\":401,\"detail\":\"A bearer token is needed.\",\"instance\":\"/me\"}");
  }

  @Test
  void aQualifiedProviderBuildsOnAnother() throws Exception {
    assertThat(get(server, "/me/admin", "Authorization", "Bearer s3cret").body())
        .isEqualTo("hello alice");
    assertThat(get(server, "/me/admin").statusCode()).isEqualTo(401);
  }

  @Test
  void aProviderReadsThePathVariableOfTheRoute() throws Exception {
    assertThat(get(server, "/me/shelves/12?q=top&depth=3").body())
        .isEqualTo("shelf 12 depth 3 top at /me/shelves/12"); // the handler gets the exchange too
    assertThat(get(server, "/me/shelves/12").body()).isEqualTo("shelf 12 depth 1 at /me/shelves/12");

    // what the provider reads is wrong: it is not called, and every error is answered at once
    HttpResponse<String> bad = get(server, "/me/shelves/twelve?depth=deep");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"errors\":[{\"in\":\"path\",\"name\":\"shelf\","
        + "\"message\":\"must be an integer\",\"code\":\"invalid_format\"},"
        + "{\"in\":\"query\",\"name\":\"depth\",\"message\":\"must be an integer\","
        + "\"code\":\"invalid_format\"}]");
  }

  @Test
  void aTestReplacesAProviderWithASubclassOfTheGeneratedProviders() throws Exception {
    // the operation still requires the scheme bearer (enforced by the route, whose check this
    // test's server replaces with one accepting any token); the replaced provider ignores it
    HttpResponse<String> response = get(overridden, "/me", "Authorization", "Bearer any");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"name\":\"bob\",");
    assertThat(get(overridden, "/me/admin", "Authorization", "Bearer any").statusCode())
        .isEqualTo(403);
  }

  private static HttpResponse<String> get(KilnServer target, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + target.port() + path)).timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
