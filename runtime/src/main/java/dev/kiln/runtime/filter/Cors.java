package dev.kiln.runtime.filter;

import com.sun.net.httpserver.Headers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cross-origin resource sharing (the Fetch standard's CORS protocol). A request from an allowed
 * {@code Origin} gets {@code Access-Control-Allow-Origin} (the origin itself, or {@code *} when
 * any origin is allowed without credentials), {@code Access-Control-Allow-Credentials} and {@code
 * Access-Control-Expose-Headers} as configured; a preflight ({@code OPTIONS} with {@code
 * Access-Control-Request-Method}) of a method the matched route answers, with only allowed
 * request headers, is answered 204 with the allowed methods (the route's, narrowed to the
 * configured ones if any), headers and {@code Access-Control-Max-Age}. A disallowed origin, method
 * or header gets no CORS header at all (a preflight is then answered as any {@code OPTIONS}).
 * Answers that depend on the origin carry {@code Vary: Origin}.
 *
 * <pre>{@code
 * Cors cors = Cors.builder()
 *     .allowOrigins("https://app.example.com", "https://*.example.org")
 *     .allowHeaders("Content-Type", "Authorization")
 *     .allowCredentials(true)
 *     .maxAge(Duration.ofHours(1))
 *     .build();
 * KilnServer.builder().filter(cors)
 * }</pre>
 */
public final class Cors implements Filter {
  private final boolean anyOrigin;
  private final Set<String> origins;
  private final List<Pattern> originPatterns;
  private final Set<String> methods;
  private final Set<String> headers;
  private final boolean anyHeader;
  private final String exposedHeaders;
  private final boolean credentials;
  private final Duration maxAge;

  private Cors(Builder builder) {
    this.anyOrigin = builder.anyOrigin;
    this.origins = Set.copyOf(builder.origins);
    this.originPatterns = List.copyOf(builder.originPatterns);
    this.methods = Set.copyOf(builder.methods);
    this.headers = lowerCase(builder.headers);
    this.anyHeader = builder.anyHeader;
    this.exposedHeaders = String.join(", ", builder.exposedHeaders);
    this.credentials = builder.credentials;
    this.maxAge = builder.maxAge;
  }

  /** A builder allowing nothing until configured. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every origin, every request header, the route's methods, no credentials. */
  public static Cors anyOrigin() {
    return builder().allowAnyOrigin().allowAnyHeader().build();
  }

  @Override
  public void filter(FilterExchange exchange, Chain chain) throws Exception {
    Headers answer = exchange.http().getResponseHeaders();
    if (!anyOrigin || credentials) {
      VaryHeader.add(answer, "Origin");
    }
    String origin = exchange.header("Origin");
    if (origin == null || !allows(origin)) {
      chain.proceed();
      return;
    }
    String requested = exchange.header("Access-Control-Request-Method");
    if (exchange.method().equals("OPTIONS") && requested != null) {
      if (preflight(exchange, answer, origin, requested)) {
        return;
      }
      chain.proceed();
      return;
    }
    allowOrigin(answer, origin);
    if (!exposedHeaders.isEmpty()) {
      answer.set("Access-Control-Expose-Headers", exposedHeaders);
    }
    chain.proceed();
  }

  /** Answers an allowed preflight; returns whether it did. */
  private boolean preflight(FilterExchange exchange, Headers answer, String origin,
      String requested) throws Exception {
    MatchedRoute route = exchange.route().orElse(null);
    if (route == null) {
      return false;
    }
    List<String> allowed = new ArrayList<>();
    for (String method : route.methods()) {
      if (!method.equals("OPTIONS") && (methods.isEmpty() || methods.contains(method))) {
        allowed.add(method);
      }
    }
    String requestedHeaders = exchange.header("Access-Control-Request-Headers");
    if (!allowed.contains(requested) || !headersAllowed(requestedHeaders)) {
      return false;
    }
    VaryHeader.add(answer, "Access-Control-Request-Method");
    VaryHeader.add(answer, "Access-Control-Request-Headers");
    allowOrigin(answer, origin);
    answer.set("Access-Control-Allow-Methods", String.join(", ", allowed));
    if (requestedHeaders != null && !requestedHeaders.isBlank()) {
      answer.set("Access-Control-Allow-Headers", requestedHeaders);
    }
    if (maxAge != null) {
      answer.set("Access-Control-Max-Age", Long.toString(maxAge.toSeconds()));
    }
    exchange.http().sendResponseHeaders(204, -1);
    return true;
  }

  private void allowOrigin(Headers answer, String origin) {
    answer.set("Access-Control-Allow-Origin", anyOrigin && !credentials ? "*" : origin);
    if (credentials) {
      answer.set("Access-Control-Allow-Credentials", "true");
    }
  }

  /** Whether {@code origin} is allowed: any, listed exactly, or matching a pattern. */
  boolean allows(String origin) {
    if (anyOrigin || origins.contains(origin)) {
      return true;
    }
    for (Pattern pattern : originPatterns) {
      if (pattern.matcher(origin).matches()) {
        return true;
      }
    }
    return false;
  }

  private boolean headersAllowed(String requested) {
    if (anyHeader || requested == null) {
      return true;
    }
    for (String name : requested.split(",")) {
      String trimmed = name.trim().toLowerCase(Locale.ROOT);
      if (!trimmed.isEmpty() && !headers.contains(trimmed)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> lowerCase(List<String> names) {
    Set<String> lower = new TreeSet<>();
    for (String name : names) {
      lower.add(name.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lower);
  }

  /** Configures a {@link Cors}; every setting is documented with its default. */
  public static final class Builder {
    private boolean anyOrigin;
    private final List<String> origins = new ArrayList<>();
    private final List<Pattern> originPatterns = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private boolean anyHeader;
    private final List<String> exposedHeaders = new ArrayList<>();
    private boolean credentials;
    private Duration maxAge;

    private Builder() {}

    /** Allows every origin; default: none. */
    public Builder allowAnyOrigin() {
      anyOrigin = true;
      return this;
    }

    /**
     * Allows these origins ({@code scheme://host[:port]}, compared exactly), where a {@code *}
     * stands for any characters but {@code /} and {@code :} (e.g. {@code
     * https://*.example.com}); default: none.
     */
    public Builder allowOrigins(String... allowed) {
      for (String origin : allowed) {
        Objects.requireNonNull(origin, "origin");
        if (origin.contains("*")) {
          originPatterns.add(glob(origin));
        } else {
          origins.add(origin);
        }
      }
      return this;
    }

    /** Allows the origins {@code pattern} matches entirely. */
    public Builder allowOriginPattern(Pattern pattern) {
      originPatterns.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Narrows the methods a preflight allows to these (each still has to be one the route
     * answers); default: every method of the route.
     */
    public Builder allowMethods(String... allowed) {
      for (String method : allowed) {
        methods.add(method.toUpperCase(Locale.ROOT));
      }
      return this;
    }

    /** The request headers a preflight allows (case-insensitive); default: none. */
    public Builder allowHeaders(String... allowed) {
      headers.addAll(List.of(allowed));
      return this;
    }

    /** Allows every request header a preflight names; default: only {@link #allowHeaders}. */
    public Builder allowAnyHeader() {
      anyHeader = true;
      return this;
    }

    /** The answer headers scripts may read ({@code Access-Control-Expose-Headers}); default: none. */
    public Builder exposeHeaders(String... exposed) {
      exposedHeaders.addAll(List.of(exposed));
      return this;
    }

    /**
     * Whether requests with credentials (cookies, {@code Authorization}) are allowed; default:
     * no. With it the allowed origin is echoed, never {@code *}.
     */
    public Builder allowCredentials(boolean allowed) {
      credentials = allowed;
      return this;
    }

    /** How long a browser may cache a preflight's answer; default: not sent (the browser's). */
    public Builder maxAge(Duration duration) {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("maxAge must not be negative: " + duration);
      }
      maxAge = duration;
      return this;
    }

    /** The filter. */
    public Cors build() {
      return new Cors(this);
    }

    private static Pattern glob(String origin) {
      String[] parts = origin.split("\\*", -1);
      StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
      for (int i = 1; i < parts.length; i++) {
        regex.append("[^/:]*").append(Pattern.quote(parts[i]));
      }
      return Pattern.compile(regex.toString());
    }
  }
}
