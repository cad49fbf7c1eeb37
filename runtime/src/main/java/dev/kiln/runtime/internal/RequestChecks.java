package dev.kiln.runtime.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * Checks of the request head that the JDK's parser lets through, made before routing: the
 * {@code Host} header (RFC 9112 section 3.2) and the digits of {@code Content-Length} (RFC 9110
 * section 8.6). Each failure is a 400 problem that closes the connection, since the framing of
 * what follows cannot be trusted.
 */
final class RequestChecks {
  private static final Map<String, String> CLOSE = Map.of("Connection", "close");

  private RequestChecks() {}

  /** @throws ProblemException 400 with {@code Connection: close} naming what is wrong */
  static void check(HttpExchange http) {
    Headers headers = http.getRequestHeaders();
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
