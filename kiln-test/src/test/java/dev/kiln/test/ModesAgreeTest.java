package dev.kiln.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.test.app.GreetingsController;
import dev.kiln.test.app.GreetingsController_Routes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same requests to the same application over HTTP and in process get the same answers:
 * status, headers (their framing included; {@code Date} aside) and body, for JSON, a streamed
 * body, {@code HEAD}, {@code OPTIONS}, and Kiln's 404, 405, 422 and 500 problems.
 */
class ModesAgreeTest {
  @RegisterExtension
  static final KilnTest OVER_HTTP = app().mode(KilnTest.Mode.HTTP).withoutContractCheck();

  @RegisterExtension
  static final KilnTest IN_PROCESS = app().mode(KilnTest.Mode.IN_PROCESS).withoutContractCheck();

  private static KilnTest app() {
    return KilnTest.of(() -> KilnServer.builder()
        .routes(new GreetingsController_Routes(new GreetingsController())));
  }

  @Test
  void everyAnswerIsTheSame() {
    List<String[]> requests = List.of(
        new String[] {"GET", "/greetings", null},
        new String[] {"POST", "/greetings", "{\"id\":0,\"text\":\"one\"}"},
        new String[] {"POST", "/greetings", "{\"id\":\"x\"}"},
        new String[] {"POST", "/greetings", "{"},
        new String[] {"GET", "/greetings/lines", null},
        new String[] {"HEAD", "/greetings", null},
        new String[] {"HEAD", "/greetings/lines", null},
        new String[] {"OPTIONS", "/greetings", null},
        new String[] {"DELETE", "/greetings", null},
        new String[] {"GET", "/nothing/here", null},
        new String[] {"GET", "/greetings/1/broken", null},
        new String[] {"GET", "/greetings/failing", null});
    for (String[] request : requests) {
      KilnResponse overHttp = send(OVER_HTTP.client(), request);
      KilnResponse inProcess = send(IN_PROCESS.client(), request);
      String described = request[0] + " " + request[1];
      assertThat(inProcess.status()).as(described).isEqualTo(overHttp.status());
      assertThat(headers(inProcess)).as(described).isEqualTo(headers(overHttp));
      assertThat(withoutRequestId(inProcess.body())).as(described)
          .isEqualTo(withoutRequestId(overHttp.body()));
    }
  }

  private static KilnResponse send(KilnClient client, String[] request) {
    return request[2] == null ? client.request(request[0], request[1], null)
        : client.request(request[0], request[1], request[2].getBytes(StandardCharsets.UTF_8),
            "Content-Type", "application/json");
  }

  /** The headers by lower-case name, without {@code Date} (the clock moves). */
  private static Map<String, List<String>> headers(KilnResponse response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response.headers().map().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("date")) {
        headers.put(name.toLowerCase(java.util.Locale.ROOT), values);
      }
    });
    return headers;
  }

  /** A 500's detail names a new request id each time. */
  private static String withoutRequestId(String body) {
    return body.replaceAll("Request id: [0-9a-f-]+", "Request id: ?");
  }
}
