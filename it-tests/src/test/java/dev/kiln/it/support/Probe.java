package dev.kiln.it.support;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * Sends one request on a new connection and names what came back in a few words, for the table
 * of what each provider answers (docs/reliability.md): {@code 400 problem} (Kiln's RFC 9457
 * answer), {@code 400 text/html} (the provider's own), {@code closed} (no answer), {@code no
 * answer in 3 s}.
 */
public final class Probe {
  private Probe() {}

  /** What {@code request} is answered with on 127.0.0.1:{@code port}. */
  public static String answer(int port, String request) throws IOException {
    try (RawConnection c = RawConnection.open(port)) {
      c.socket().setSoTimeout(3_000);
      try {
        c.write(request);
      } catch (IOException e) {
        // the server may close before it read everything: the answer may still be there
      }
      RawConnection.Answer answer;
      try {
        answer = c.read(true);
      } catch (SocketTimeoutException e) {
        return "no answer in 3 s";
      } catch (IOException e) {
        return "closed";
      }
      String type = answer.header("Content-Type");
      String kind = type == null ? "empty"
          : type.equals("application/problem+json") ? "problem"
          : type.replaceAll(";.*", "");
      return answer.status() + " " + kind;
    }
  }
}
