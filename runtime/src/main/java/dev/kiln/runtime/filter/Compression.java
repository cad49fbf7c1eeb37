package dev.kiln.runtime.filter;

import java.util.Locale;

/**
 * Compresses answers with {@code gzip} or {@code deflate} (RFC 9110 section 8.4.1), as the
 * request's {@code Accept-Encoding} prefers by its quality values. An answer is compressed when
 * its body is at least {@link #minimumSize()} bytes (or of unknown length: streamed), its media
 * type is textual ({@code text/*}, JSON, XML, JavaScript, SVG, forms, their {@code +json} and
 * {@code +xml} kinds) and it has no {@code Content-Encoding} yet; such answers carry {@code Vary:
 * Accept-Encoding} whether compressed or not. A compressed answer is streamed (no {@code
 * Content-Length}); its {@code HEAD} answer has the same headers. Images, archives and other
 * already-compressed types pass unchanged.
 *
 * <pre>{@code
 * KilnServer.builder().filter(Compression.filter())   // 1 KiB and above
 * }</pre>
 */
public final class Compression implements Filter {
  /** The default {@link #minimumSize()}: 1,024 bytes. */
  public static final int DEFAULT_MINIMUM_SIZE = 1024;

  private final int minimumSize;

  private Compression(int minimumSize) {
    this.minimumSize = minimumSize;
  }

  /** The filter compressing answers of {@link #DEFAULT_MINIMUM_SIZE} bytes and more. */
  public static Compression filter() {
    return new Compression(DEFAULT_MINIMUM_SIZE);
  }

  /**
   * The filter compressing answers of {@code minimumSize} bytes and more.
   *
   * @throws IllegalArgumentException if {@code minimumSize} is negative
   */
  public static Compression filter(int minimumSize) {
    if (minimumSize < 0) {
      throw new IllegalArgumentException("minimumSize must not be negative: " + minimumSize);
    }
    return new Compression(minimumSize);
  }

  /** The smallest body compressed, in bytes. */
  public int minimumSize() {
    return minimumSize;
  }

  @Override
  public void filter(FilterExchange exchange, Chain chain) throws Exception {
    CompressingExchange compressing = new CompressingExchange(exchange.http(),
        AcceptEncoding.choose(exchange.header("Accept-Encoding")), minimumSize);
    exchange.replaceHttp(compressing);
    try {
      chain.proceed();
    } finally {
      compressing.finish();
    }
  }

  /** Whether answers of the media type {@code contentType} are worth compressing. */
  static boolean isCompressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
        .toLowerCase(Locale.ROOT);
    if (type.startsWith("text/") || type.endsWith("+json") || type.endsWith("+xml")) {
      return true;
    }
    switch (type) {
      case "application/json":
      case "application/xml":
      case "application/javascript":
      case "application/x-www-form-urlencoded":
      case "application/x-ndjson":
      case "image/svg+xml":
        return true;
      default:
        return false;
    }
  }
}
