package dev.kiln.runtime.generated;

import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.security.Principal;
import dev.kiln.runtime.security.Security;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The security of one operation: its requirements, alternatives of which any one suffices (as
 * OpenAPI's {@code security} list), checked before the parameters are bound. Called by generated
 * code only: a routes class keeps one per secured operation and calls {@link #authenticate}; the
 * checks are the server's {@link Security}.
 *
 * <p>Answers: valid credentials of one requirement whose principal has its scopes give that
 * principal; no credentials where {@link Requirement#anonymous()} is an alternative give {@code
 * null}; valid credentials lacking a scope are 403 (with {@code WWW-Authenticate: Bearer
 * error="insufficient_scope", scope="..."} for a bearer token, RFC 6750 section 3.1); anything
 * else 401 with one challenge per alternative (RFC 9110 section 11.6.1) and an RFC 9457 problem.
 */
public final class Authentication {
  private final List<Requirement> alternatives;

  private Authentication(List<Requirement> alternatives) {
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("An operation's security has a requirement at least");
    }
    this.alternatives = List.copyOf(alternatives);
  }

  /** The security accepting any one of {@code alternatives}, tried in order. */
  public static Authentication anyOf(Requirement... alternatives) {
    return new Authentication(List.of(alternatives));
  }

  /** The alternatives, in order. */
  public List<Requirement> requirements() {
    return alternatives;
  }

  /**
   * The principal of the request's credentials, or {@code null} for an anonymous request that an
   * {@link Requirement#anonymous()} alternative accepts.
   *
   * @throws ProblemException 401 or 403 as the class description says
   * @throws Exception what an application's check throws
   */
  public Principal authenticate(RouteExchange exchange) throws Exception {
    Security security = exchange.security();
    boolean anonymous = false;
    boolean presented = false;
    boolean tokenRejected = false;
    Requirement lacking = null;
    for (Requirement requirement : alternatives) {
      if (requirement.kind() == Requirement.Kind.ANONYMOUS) {
        anonymous = true;
        continue;
      }
      Optional<Principal> principal = check(requirement, exchange, security);
      if (principal == null) {
        continue; // no credentials of this scheme
      }
      presented = true;
      if (principal.isEmpty()) {
        tokenRejected |= requirement.kind().bearer();
      } else if (principal.get().hasScopes(requirement.scopes())) {
        return principal.get();
      } else if (lacking == null) {
        lacking = requirement;
      }
    }
    if (anonymous && !presented) {
      return null;
    }
    if (lacking != null) {
      throw forbidden(lacking, security.realm());
    }
    throw unauthorized(presented, tokenRejected, security.realm());
  }

  /**
   * The principal of the credentials {@code requirement} reads, empty when they are not valid
   * (malformed included), or {@code null} when the request has none of them.
   */
  private static Optional<Principal> check(Requirement requirement, RouteExchange exchange,
      Security security) throws Exception {
    switch (requirement.kind()) {
      case API_KEY: {
        String key = apiKey(requirement, exchange);
        return key == null ? null
            : configured(security.apiKey(requirement.scheme()), requirement, security).check(key);
      }
      case HTTP_BASIC: {
        String[] credentials = AuthorizationHeader.basic(exchange.header("Authorization"));
        if (credentials == null || credentials.length == 1) {
          return credentials == null ? null : Optional.empty();
        }
        return configured(security.basic(requirement.scheme()), requirement, security)
            .check(credentials[0], credentials[1]);
      }
      default: {
        String token = AuthorizationHeader.bearer(exchange.header("Authorization"));
        if (token == null || token == AuthorizationHeader.MALFORMED) {
          return token == null ? null : Optional.empty();
        }
        return configured(security.bearer(requirement.scheme()), requirement, security)
            .check(token);
      }
    }
  }

  private static String apiKey(Requirement requirement, RouteExchange exchange) {
    if (requirement.in() == ParamIn.QUERY) {
      return exchange.queryParam(requirement.paramName());
    }
    return requirement.in() == ParamIn.COOKIE ? exchange.cookie(requirement.paramName())
        : exchange.header(requirement.paramName());
  }

  // 401, WWW-Authenticate: Bearer realm="api", ApiKey realm="api", in="header", name="api_key"
  private ProblemException unauthorized(boolean presented, boolean tokenRejected,
      String realm) {
    Set<String> challenges = new LinkedHashSet<>();
    List<String> accepted = new ArrayList<>();
    for (Requirement requirement : alternatives) {
      if (requirement.kind() != Requirement.Kind.ANONYMOUS) {
        challenges.add(challenge(requirement, realm, tokenRejected));
        accepted.add(requirement.describe());
      }
    }
    String detail = (presented ? "The credentials sent are not valid. " : "")
        + "This operation needs " + String.join(", or ", accepted) + ".";
    return new ProblemException(Problem.of(401, detail),
        Map.of("WWW-Authenticate", String.join(", ", challenges)));
  }

  private static String challenge(Requirement requirement, String realm, boolean tokenRejected) {
    String quotedRealm = "realm=\"" + realm + "\"";
    switch (requirement.kind()) {
      case API_KEY:
        return "ApiKey " + quotedRealm + ", in=\"" + requirement.in().wireName() + "\", name=\""
            + requirement.paramName().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      case HTTP_BASIC:
        return "Basic " + quotedRealm + ", charset=\"UTF-8\"";
      default:
        return "Bearer " + quotedRealm + (tokenRejected ? ", error=\"invalid_token\"" : "");
    }
  }

  // 403, WWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="write:pets"
  private static ProblemException forbidden(Requirement lacking, String realm) {
    String scopes = String.join(" ", lacking.scopes());
    Problem problem = Problem.of(403, "The credentials sent lack a scope this operation needs: "
        + scopes + " (" + lacking.scheme() + ").");
    if (!lacking.kind().bearer()) {
      return new ProblemException(problem);
    }
    return new ProblemException(problem, Map.of("WWW-Authenticate", "Bearer realm=\"" + realm
        + "\", error=\"insufficient_scope\", scope=\"" + scopes + "\""));
  }

  /**
   * Checks that {@code security} has a check of the right kind for every scheme {@code
   * operations} require.
   *
   * @throws IllegalStateException naming the first scheme without one, and how to add it
   */
  public static void verifyConfigured(Collection<Authentication> operations,
      Security security) {
    for (Authentication operation : operations) {
      for (Requirement requirement : operation.alternatives) {
        String scheme = requirement.scheme();
        switch (requirement.kind()) {
          case ANONYMOUS:
            break;
          case API_KEY:
            configured(security.apiKey(scheme), requirement, security);
            break;
          case HTTP_BASIC:
            configured(security.basic(scheme), requirement, security);
            break;
          default:
            configured(security.bearer(scheme), requirement, security);
        }
      }
    }
  }

  /**
   * {@code check}, the check {@code security} has for {@code requirement}'s scheme.
   *
   * @throws IllegalStateException if it is {@code null}: the scheme has no check of its kind
   */
  private static <T> T configured(T check, Requirement requirement, Security security) {
    if (check != null) {
      return check;
    }
    String method = requirement.kind() == Requirement.Kind.API_KEY ? "apiKey"
        : requirement.kind() == Requirement.Kind.HTTP_BASIC ? "basic" : "bearer";
    throw new IllegalStateException("Operations require the security scheme "
        + requirement.scheme() + " (" + requirement.kind() + "), which has "
        + (security.has(requirement.scheme()) ? "a check of another kind" : "no check")
        + ": give the server one with KilnServer.builder().security(Security.builder()."
        + method + "(\"" + requirement.scheme() + "\", ...).build())");
  }
}
