package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a security scheme in the OpenAPI document's {@code components/securitySchemes}. Put it
 * on a class or package; operations use it with {@link SecurityRequirement}. Kiln documents the
 * scheme and enforces it on the operations requiring it: it reads the credentials where the
 * scheme says (an API key's header, query parameter or cookie; {@code Authorization: Bearer} for
 * HTTP {@code bearer}, {@code oauth2} and {@code openIdConnect}; {@code Authorization: Basic}),
 * and the server's {@code Security} checks them. HTTP schemes other than {@code bearer} and {@code
 * basic}, and {@code mutualTLS}, can be declared but not required.
 *
 * <pre>{@code
 * @SecurityScheme(name = "api_key", type = SecurityScheme.Type.API_KEY, in = SecurityScheme.In.HEADER,
 *     paramName = "api_key")
 * @SecurityScheme(name = "bearer", type = SecurityScheme.Type.HTTP, scheme = "bearer", bearerFormat = "JWT")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(SecuritySchemes.class)
public @interface SecurityScheme {
  /** The scheme's name, referred to by {@link SecurityRequirement#value()}. */
  String name();

  /** The kind of scheme. */
  Type type();

  /** A description (CommonMark). */
  String description() default "";

  /** For {@link Type#API_KEY}: where the key travels. */
  In in() default In.HEADER;

  /** For {@link Type#API_KEY}: the header, query parameter or cookie name. */
  String paramName() default "";

  /** For {@link Type#HTTP}: the scheme, e.g. {@code bearer} or {@code basic}. */
  String scheme() default "";

  /** For {@code bearer}: a hint at the token format, e.g. {@code JWT}. */
  String bearerFormat() default "";

  /** For {@link Type#OAUTH2}: the flows. */
  Flow[] flows() default {};

  /** For {@link Type#OPEN_ID_CONNECT}: the discovery URL. */
  String openIdConnectUrl() default "";

  /** The kinds of security scheme of OpenAPI 3.1. */
  enum Type { API_KEY, HTTP, OAUTH2, OPEN_ID_CONNECT, MUTUAL_TLS }

  /** Where an API key travels. */
  enum In { HEADER, QUERY, COOKIE }

  /** One OAuth 2 flow. */
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Flow {
    /** Which flow. */
    FlowType type();

    /** For implicit and authorization-code flows. */
    String authorizationUrl() default "";

    /** For password, client-credentials and authorization-code flows. */
    String tokenUrl() default "";

    /** An optional refresh URL. */
    String refreshUrl() default "";

    /** The scopes: each {@code "name"} or {@code "name: description"}. */
    String[] scopes() default {};
  }

  /** The OAuth 2 flows. */
  enum FlowType { IMPLICIT, PASSWORD, CLIENT_CREDENTIALS, AUTHORIZATION_CODE }
}
