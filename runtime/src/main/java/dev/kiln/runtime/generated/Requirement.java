package dev.kiln.runtime.generated;

import dev.kiln.runtime.ParamIn;
import java.util.List;
import java.util.Objects;

/**
 * One security requirement of an operation, as generated from a {@code @SecurityRequirement} and
 * the {@code @SecurityScheme} it names: which scheme, where its credentials travel, and the
 * scopes it needs. Called by generated code only; see {@link Authentication}.
 *
 * @param scheme the scheme's name ({@code ""} for {@link Kind#ANONYMOUS})
 * @param kind how the credentials travel
 * @param in for {@link Kind#API_KEY}: {@code HEADER}, {@code QUERY} or {@code COOKIE}; else
 *     {@code null}
 * @param paramName for {@link Kind#API_KEY}: the header, query parameter or cookie name; else
 *     {@code null}
 * @param scopes the scopes (or roles) the principal must all have
 */
public record Requirement(String scheme, Kind kind, ParamIn in, String paramName,
    List<String> scopes) {

  /** The kinds of security scheme Kiln enforces (OpenAPI 3.1 Security Scheme Object types). */
  public enum Kind {
    /** {@code apiKey}: a key in a header, query parameter or cookie. */
    API_KEY,
    /** {@code http} with the {@code bearer} scheme (RFC 6750). */
    HTTP_BEARER,
    /** {@code http} with the {@code basic} scheme (RFC 7617). */
    HTTP_BASIC,
    /** {@code oauth2}: an access token sent as a bearer token (RFC 6750). */
    OAUTH2,
    /** {@code openIdConnect}: an access token sent as a bearer token (RFC 6750). */
    OPEN_ID_CONNECT,
    /** The empty requirement {@code {}}: no credentials at all are also accepted. */
    ANONYMOUS;

    /** Whether the credentials are a bearer token in {@code Authorization}. */
    boolean bearer() {
      return this == HTTP_BEARER || this == OAUTH2 || this == OPEN_ID_CONNECT;
    }
  }

  /** A requirement; see the record description. */
  public Requirement {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(kind, "kind");
    scopes = List.copyOf(scopes);
    if ((kind == Kind.API_KEY) != (in != null && paramName != null)) {
      throw new IllegalArgumentException("An API key, and only an API key, has a place: "
          + scheme);
    }
  }

  /** The API key {@code scheme}, sent in {@code in} as {@code paramName}. */
  public static Requirement apiKey(String scheme, ParamIn in, String paramName,
      String... scopes) {
    return new Requirement(scheme, Kind.API_KEY, in, paramName, List.of(scopes));
  }

  /** The bearer-token scheme {@code scheme} of {@code kind}, with its required scopes. */
  public static Requirement token(String scheme, Kind kind, String... scopes) {
    if (!kind.bearer()) {
      throw new IllegalArgumentException(kind + " is no bearer-token scheme");
    }
    return new Requirement(scheme, kind, null, null, List.of(scopes));
  }

  /** The HTTP Basic scheme {@code scheme}. */
  public static Requirement basic(String scheme, String... scopes) {
    return new Requirement(scheme, Kind.HTTP_BASIC, null, null, List.of(scopes));
  }

  /** The empty requirement: anonymous requests are accepted too. */
  public static Requirement anonymous() {
    return new Requirement("", Kind.ANONYMOUS, null, null, List.of());
  }

  /** How a problem names what this requirement accepts, e.g. {@code an API key in header api_key}. */
  String describe() {
    switch (kind) {
      case API_KEY:
        return "an API key in the " + in.wireName() + " " + paramName + " (" + scheme + ")";
      case HTTP_BASIC:
        return "a user id and password with HTTP Basic authentication (" + scheme + ")";
      case ANONYMOUS:
        return "no credentials";
      default:
        return "a bearer token in Authorization (" + scheme
            + (scopes.isEmpty() ? "" : ", scopes " + String.join(" ", scopes)) + ")";
    }
  }
}
