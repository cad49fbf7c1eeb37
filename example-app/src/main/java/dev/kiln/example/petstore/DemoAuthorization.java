package dev.kiln.example.petstore;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.QueryParam;
import dev.kiln.annotations.ResponseHeader;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The example app's stand-in authorization server for {@code petstore_auth}'s implicit flow (RFC
 * 6749 section 4.2), so that Swagger UI's <em>Authorize</em> works against this app: it grants
 * the demo access token ({@link PetstoreSecurity}) with every scope to anyone, and sends it back
 * to Swagger UI's OAuth 2 redirect page on this server only. A demo, not an authorization server.
 */
@dev.kiln.annotations.Tag(value = "oauth", description = "The demo authorization of the Petstore")
public final class DemoAuthorization {
  private final String accessToken;

  /** An authorization endpoint granting {@code accessToken}. */
  public DemoAuthorization(String accessToken) {
    this.accessToken = accessToken;
  }

  /**
   * Grants the demo access token.
   *
   * <p>Redirects to {@code redirect_uri} (Swagger UI's {@code oauth2-redirect.html} on this
   * server) with the token in the fragment: {@code access_token}, {@code token_type=Bearer},
   * {@code expires_in}, {@code scope} and {@code state} as sent.
   *
   * @param responseType {@code token}: the implicit flow
   * @param redirectUri where the browser goes with the token: a path ending in {@code
   *     /oauth2-redirect.html}, on this server
   * @param clientId any client
   * @param scope the scopes asked for (all are granted)
   * @param state echoed for the client to check
   * @param host the request's host, which an absolute {@code redirect_uri} must name
   */
  @Get("/oauth/authorize")
  @ApiResponse(status = 302, description = "The token, in the redirect's fragment",
      headers = @ResponseHeader(name = "Location", required = true,
          description = "redirect_uri#access_token=...&token_type=Bearer&..."))
  @ApiResponse(status = 400, description = "Not the implicit flow, or a redirect elsewhere",
      empty = true)
  public Response<Void> authorize(@QueryParam("response_type") String responseType,
      @QueryParam("redirect_uri") String redirectUri,
      @QueryParam("client_id") Optional<String> clientId, Optional<String> scope,
      Optional<String> state, @Header("Host") Optional<String> host) {
    if (!responseType.equals("token")) {
      throw badRequest("response_type must be token (the implicit flow), not " + responseType
          + ".");
    }
    if (!toSwaggerUi(redirectUri, host)) {
      throw badRequest("redirect_uri must be the oauth2-redirect.html of Swagger UI on this "
          + "server.");
    }
    String fragment = "access_token=" + encode(accessToken) + "&token_type=Bearer"
        + "&expires_in=3600&scope=" + encode(scope.orElse("write:pets read:pets"))
        + state.map(value -> "&state=" + encode(value)).orElse("");
    return Response.status(302).header("Location", redirectUri + "#" + fragment)
        .header("Cache-Control", "no-store").build();
  }

  /** Whether {@code uri} is a path ending in {@code /oauth2-redirect.html} on {@code host}. */
  private static boolean toSwaggerUi(String uri, Optional<String> host) {
    URI target;
    try {
      target = new URI(uri);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    boolean here = target.getRawAuthority() == null
        || (host.isPresent() && host.get().equalsIgnoreCase(target.getRawAuthority())
            && ("http".equals(target.getScheme()) || "https".equals(target.getScheme())));
    return here && target.getRawFragment() == null && target.getRawQuery() == null
        && target.getRawPath() != null && target.getRawPath().endsWith("/oauth2-redirect.html");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ProblemException badRequest(String detail) {
    return new ProblemException(Problem.of(400, detail));
  }
}
