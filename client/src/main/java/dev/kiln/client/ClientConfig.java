package dev.kiln.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a generated client ({@code TodosApi_Client}) calls its server: the base URI the operations'
 * paths are appended to, the connect and request timeouts, and headers sent with every request.
 * Immutable and thread-safe; one instance (and its {@link HttpClient}) can serve many clients.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder(URI.create("http://localhost:8080"))
 *     .connectTimeout(Duration.ofSeconds(2))
 *     .requestTimeout(Duration.ofSeconds(5))
 *     .header("Authorization", "Bearer " + token)
 *     .build();
 * TodosApi todos = new TodosApi_Client(config);
 * }</pre>
 */
public final class ClientConfig {
  /** The default time to open a connection: 10 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default time for a whole call, until the answer's headers arrive: 30 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUri;
  private final Duration requestTimeout;
  private final Map<String, String> headers;
  private final HttpClient http;

  private ClientConfig(Builder builder) {
    String base = builder.baseUri.toString();
    this.baseUri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.requestTimeout = builder.requestTimeout;
    this.headers = Map.copyOf(builder.headers);
    this.http = builder.http != null ? builder.http : HttpClient.newBuilder()
        .connectTimeout(builder.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** A configuration for {@code baseUri} with the default timeouts and no extra headers. */
  public static ClientConfig of(URI baseUri) {
    return builder(baseUri).build();
  }

  /** A builder for a server at {@code baseUri}, e.g. {@code http://localhost:8080/api}. */
  public static Builder builder(URI baseUri) {
    return new Builder(baseUri);
  }

  /** The base URI, without a trailing {@code /}. */
  public URI baseUri() {
    return baseUri;
  }

  /** The time allowed for each call until its answer's headers arrive. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The headers sent with every request (a parameter of the same name replaces one). */
  public Map<String, String> headers() {
    return headers;
  }

  /** The JDK client the calls go through. */
  public HttpClient http() {
    return http;
  }

  /** Builds a {@link ClientConfig}; every setting has a documented default. */
  public static final class Builder {
    private final URI baseUri;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpClient http;

    private Builder(URI baseUri) {
      this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
      if (!baseUri.isAbsolute() || baseUri.getQuery() != null || baseUri.getFragment() != null) {
        throw new IllegalArgumentException(
            "The base URI must be absolute, without query or fragment: " + baseUri);
      }
    }

    /** The time to open a connection; default {@link #DEFAULT_CONNECT_TIMEOUT}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * The time a call may take until its answer's headers arrive; when it passes, the call fails
     * with {@link CallTimeoutException}. Default {@link #DEFAULT_REQUEST_TIMEOUT}.
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /** A header sent with every request. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The JDK client to call through (its own connect timeout, executor, TLS and proxy settings
     * then apply instead of {@link #connectTimeout}); default a new one per configuration.
     */
    public Builder httpClient(HttpClient client) {
      this.http = Objects.requireNonNull(client, "client");
      return this;
    }

    /** The configuration. */
    public ClientConfig build() {
      return new ClientConfig(this);
    }

    private static Duration positive(Duration duration, String name) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }
  }
}
