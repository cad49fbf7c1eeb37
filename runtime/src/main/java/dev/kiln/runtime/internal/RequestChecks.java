package dev.kiln.runtime.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Checks of the request head that a provider's parser lets through, made before routing: the
 * {@code Host} header (RFC 9112 section 3.2), the digits of {@code Content-Length} (RFC 9110
 * section 8.6), header names that are no token (RFC 9110 section 5.1; robaho's parser passes
 * them) and a request target longer than the header-section limit (robaho's has none; the JDK's
 * closes the connection, Jetty answers 414 itself). Each failure is a 400 (414 for the target)
 * problem that closes the connection, since the framing of what follows cannot be trusted.
 */
final class RequestChecks {
  private static final Map<String, String> CLOSE = Map.of("Connection", "close");

  private RequestChecks() {}

  /**
   * @param targetLength the request target's length ({@link #targetLength})
   * @param maxTargetLength the longest request target accepted, in characters
   * @throws ProblemException 400 (414 for the target) with {@code Connection: close} naming what
   *     is wrong
   */
  static void check(HttpExchange http, int targetLength, int maxTargetLength) {
    if (targetLength > maxTargetLength) {
      throw new ProblemException(Problem.of(414, "The request target is longer than "
          + maxTargetLength + " characters."), CLOSE);
    }
    Headers headers = http.getRequestHeaders();
    for (String name : headers.keySet()) {
      if (!isFieldName(name)) {
        throw badRequest("A header name is not a token (RFC 9110 section 5.1).");
      }
    }
    List<String> hosts = headers.get("Host");
    if (hosts == null) {
      if ("HTTP/1.1".equals(http.getProtocol())) {
        throw badRequest("An HTTP/1.1 request needs a Host header.");
      }
    } else if (hosts.size() > 1) {
      throw badRequest("The request has " + hosts.size() + " Host headers; one is allowed.");
    } else if (!isHost(hosts.get(0))) {
      throw badRequest("The Host header is not a valid host[:port].");
    }
    String length = headers.getFirst("Content-Length");
    if (length != null && !isDigits(length)) {
      throw badRequest("The Content-Length header is not a decimal number of bytes.");
    }
  }

  /** The length of {@code target}'s raw path and query, in characters. */
  static int targetLength(URI target) {
    String path = target.getRawPath();
    String query = target.getRawQuery();
    return (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
  }

  /** Whether {@code name} is a field name: a non-empty RFC 9110 token. */
  static boolean isFieldName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code value} is {@code uri-host [ ":" port ]} (RFC 3986): an IP literal in brackets,
   * or a registered name or IPv4 address (unreserved, sub-delims, percent-escapes); empty is
   * allowed (a target without authority).
   */
  static boolean isHost(String value) {
    int end = value.length();
    int colon = value.lastIndexOf(':');
    if (colon >= 0 && value.indexOf(']', colon) < 0) {
      if (!isDigits(value.substring(colon + 1)) && colon + 1 < end) {
        return false;
      }
      end = colon;
    }
    if (end > 0 && value.charAt(0) == '[') {
      if (value.charAt(end - 1) != ']' || end < 3) {
        return false;
      }
      for (int i = 1; i < end - 1; i++) {
        char c = value.charAt(i);
        if (!(isHexDigit(c) || c == ':' || c == '.')) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=%".indexOf(c) >= 0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static ProblemException badRequest(String detail) {
    return new ProblemException(Problem.of(400, detail), CLOSE);
  }

  /**
   * The 400 problem for a request body that could not be read although the client is still
   * there: a malformed chunk size, a chunk size of 2^31 or more, or a trailer section (the JDK's
   * parser accepts none).
   */
  static ProblemException unreadableBody() {
    return new ProblemException(Problem.of(400, "The request body could not be read: its chunked"
        + " encoding is malformed, has a trailer section, or it ended early."), CLOSE);
  }
}
