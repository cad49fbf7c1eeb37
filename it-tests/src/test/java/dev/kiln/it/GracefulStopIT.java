package dev.kiln.it;

import dev.kiln.it.support.Providers;
import dev.kiln.it.support.Providers.EachProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.it.apps.SlowController;
import dev.kiln.it.apps.SlowController_Routes;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.RawConnection;
import dev.kiln.runtime.KilnServer;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** {@link KilnServer#stop(Duration)} lets requests in flight finish and refuses new ones. */
@EachProvider
class GracefulStopIT {
  @Parameter
  String provider;

  private static final int SLOW = 5;

  @Test
  void requestsInFlightFinishAndNewOnesGet503() throws Exception {
    CountDownLatch started = new CountDownLatch(SLOW);
    KilnServer server = KilnServer.builder().provider(Providers.named(provider)).port(0)
        .routes(new SlowController_Routes(new SlowController(started))).start();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < SLOW; i++) {
      HttpRequest request = HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/slow?ms=1000"))
          .timeout(Duration.ofSeconds(30)).build();
      answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    assertThat(started.await(10, TimeUnit.SECONDS)).as("all slow requests running").isTrue();

    // a connection opened before the stop: its next request is answered 503
    RawConnection open = RawConnection.open(server.port());
    long stopStarted = System.nanoTime();
    CompletableFuture<Void> stopping =
        CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));
    Thread.sleep(200); // the slow requests still have about 800 ms to go

    try (open) {
      RawConnection.Answer refused =
          open.write("GET /slow?ms=1 HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(Http.json(refused.body())).isEqualTo(Http.jsonQ("{'type':'https://kiln.dev/"
          + "problems/unavailable','title':'Service Unavailable','status':503,"
          + "'detail':'The server is shutting down.','instance':'/slow'}"));
    }
    if (provider.equals("jdk")) {
      // the JDK's server closes its listener as draining begins: a new connection is refused
      assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close())
          .isInstanceOf(ConnectException.class);
    } else {
      // the other providers keep it open until the end: a new connection's request gets a 503
      assertThat(Http.of(server).get("/slow?ms=1").status()).isEqualTo(503);
    }

    stopping.get(15, TimeUnit.SECONDS);
    long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopStarted);
    assertThat(stopMillis).as("stop waited for the requests, not the whole timeout")
        .isLessThan(8_000);
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(5, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("text/plain; charset=utf-8");
      assertThat(response.body()).isEqualTo("slept 1000");
    }
  }
}
